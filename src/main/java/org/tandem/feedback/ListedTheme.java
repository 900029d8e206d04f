package org.tandem.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * A theme feedback is tagged with, as admins keep the list. Its slug names it in the public page's links and
 * in the feeds' categories, which the Local Offer website and feed readers keep; so it is chosen once, when the
 * theme is added, and a rename changes only the label (a theme renamed from "EHC plans" to "Education, health
 * and care plans" still answers to {@code ?theme=ehc-plans}).
 */
@Entity
@Table(name = "feedback_theme_tag")
@Audited
public class ListedTheme extends ListedValue {

    public static final int SLUG_LENGTH = 40;

    @Column(nullable = false, unique = true, updatable = false, length = SLUG_LENGTH)
    private String slug = "";

    protected ListedTheme() {
    }

    ListedTheme(String code, String label, String slug, int displayOrder) {
        super(code, label, displayOrder);
        this.slug = slug;
    }

    public String getSlug() {
        return slug;
    }

    Theme theme() {
        return new Theme(getId(), getVersion(), getCode(), getLabel(), slug, getDisplayOrder(), isActive());
    }
}
