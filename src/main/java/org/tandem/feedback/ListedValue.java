package org.tandem.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;
import org.tandem.shared.AbstractEntity;

/**
 * One value of a list that admins keep (a channel or a theme). Items store its {@code code}, which never
 * changes; the label people read can be renamed, and a value that is no longer wanted is retired rather than
 * deleted, so that what was logged with it still reads as it did.
 */
@MappedSuperclass
@Audited
public abstract class ListedValue extends AbstractEntity {

    public static final int CODE_LENGTH = 30;
    public static final int LABEL_LENGTH = 60;

    @Column(nullable = false, unique = true, updatable = false, length = CODE_LENGTH)
    private String code = "";

    @Column(nullable = false, unique = true, length = LABEL_LENGTH)
    private String label = "";

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    @Column(nullable = false)
    private boolean active = true;

    protected ListedValue() {
    }

    protected ListedValue(String code, String label, int displayOrder) {
        this.code = code;
        this.label = label;
        this.displayOrder = displayOrder;
    }

    void rename(String newLabel) {
        this.label = newLabel;
    }

    void placeAt(int order) {
        this.displayOrder = order;
    }

    /** Offered no more for new feedback; items that have it keep showing it. */
    void retire() {
        this.active = false;
    }

    void restore() {
        this.active = true;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }

    public boolean isActive() {
        return active;
    }
}
