package org.tandem.sef;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tandem.shared.AbstractEntity;

/** A framework to evaluate against: its areas in order, each with its criteria in order. */
@Entity
@Table(name = "sef_template")
public class FrameworkTemplate extends AbstractEntity {

    static final int NAME_LENGTH = 200;
    static final int TEXT_LENGTH = 2000;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(nullable = false, length = TEXT_LENGTH)
    private String description;

    /** The outcomes an inspection under this framework can reach, one per line. */
    @Column(nullable = false, length = TEXT_LENGTH)
    private String outcomes;

    /** Set on the templates Tandem ships, so that seeding finds them again; null on admins' copies. */
    @Column(name = "shipped_key", length = 40)
    private @Nullable String shippedKey;

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<FrameworkArea> areas = new ArrayList<>();

    protected FrameworkTemplate() {
    }

    FrameworkTemplate(String name, String description, String outcomes, @Nullable String shippedKey) {
        this.name = name;
        this.description = description;
        this.outcomes = outcomes;
        this.shippedKey = shippedKey;
    }

    FrameworkArea addArea(String title, String description) {
        FrameworkArea area = new FrameworkArea(this, areas.size() + 1, title, description);
        areas.add(area);
        return area;
    }

    void rename(String name, String description) {
        this.name = name;
        this.description = description;
    }

    /** A copy for admins to edit, with every area and criterion; the copy is nobody's shipped template. */
    FrameworkTemplate copy(String newName) {
        FrameworkTemplate copy = new FrameworkTemplate(newName, description, outcomes, null);
        for (FrameworkArea area : areas) {
            FrameworkArea copied = copy.addArea(area.getTitle(), area.getDescription());
            area.getCriteria().forEach(c -> copied.addCriterion(c.getTitle(), c.getDescription()));
        }
        return copy;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getOutcomes() {
        return outcomes;
    }

    public @Nullable String getShippedKey() {
        return shippedKey;
    }

    public List<FrameworkArea> getAreas() {
        return areas;
    }
}
