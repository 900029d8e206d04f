package org.tandem.sef;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.tandem.shared.AbstractEntity;

/** One evaluation criterion of a framework area: what the partnership grades itself on. */
@Entity
@Table(name = "sef_criterion")
public class Criterion extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id", nullable = false)
    private FrameworkArea area;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = FrameworkTemplate.TEXT_LENGTH)
    private String description;

    protected Criterion() {
    }

    Criterion(FrameworkArea area, int position, String title, String description) {
        this.area = area;
        this.position = position;
        this.title = title;
        this.description = description;
    }

    void describe(String title, String description) {
        this.title = title;
        this.description = description;
    }

    public FrameworkArea getArea() {
        return area;
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
}
