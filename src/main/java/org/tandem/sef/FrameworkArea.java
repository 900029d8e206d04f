package org.tandem.sef;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.tandem.shared.AbstractEntity;

/** One area of a framework, with its criteria in order. */
@Entity
@Table(name = "sef_area")
public class FrameworkArea extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id", nullable = false)
    private FrameworkTemplate template;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = FrameworkTemplate.TEXT_LENGTH)
    private String description;

    @OneToMany(mappedBy = "area", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Criterion> criteria = new ArrayList<>();

    protected FrameworkArea() {
    }

    FrameworkArea(FrameworkTemplate template, int position, String title, String description) {
        this.template = template;
        this.position = position;
        this.title = title;
        this.description = description;
    }

    Criterion addCriterion(String title, String description) {
        Criterion criterion = new Criterion(this, criteria.size() + 1, title, description);
        criteria.add(criterion);
        return criterion;
    }

    void describe(String title, String description) {
        this.title = title;
        this.description = description;
    }

    public FrameworkTemplate getTemplate() {
        return template;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public List<Criterion> getCriteria() {
        return criteria;
    }
}
