package org.tandem.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.tandem.shared.AbstractEntity;

/**
 * A category risks are filed under, as admins keep the list (like feedback's themes): risks store its code,
 * which never changes; it can be renamed, and retired rather than deleted. Its appetite is the highest residual
 * score the board is content to carry in that category; a risk scoring more is "above appetite".
 */
@Entity
@Table(name = "risk_category")
@Audited
class RiskCategory extends AbstractEntity {

    static final int CODE_LENGTH = 30;
    static final int LABEL_LENGTH = Category.LABEL_LENGTH;

    @Column(nullable = false, unique = true, updatable = false, length = CODE_LENGTH)
    private String code = "";

    @Column(nullable = false, unique = true, length = LABEL_LENGTH)
    private String label = "";

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    @Column(nullable = false)
    private boolean active = true;

    @Column(nullable = false)
    private int appetite;

    protected RiskCategory() {
    }

    RiskCategory(String code, String label, int displayOrder, int appetite) {
        this.code = code;
        this.label = label;
        this.displayOrder = displayOrder;
        this.appetite = appetite;
    }

    void change(String newLabel, int newAppetite, boolean nowActive) {
        this.label = newLabel;
        this.appetite = newAppetite;
        this.active = nowActive;
    }

    Category category() {
        return new Category(getId(), getVersion(), code, label, displayOrder, active, appetite);
    }

    String getCode() {
        return code;
    }
}
