package org.tandem.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.tandem.shared.AbstractEntity;

/** The partnership's co-production charter or pledge: one text, rewritten by admins, with who last changed it. */
@Entity
@Table(name = "coproduction_pledge")
@Audited
class CoProductionPledge extends AbstractEntity {

    static final int TEXT_LENGTH = 8000;

    @Column(name = "pledge_text", nullable = false, length = TEXT_LENGTH)
    private String text = "";

    @Column(name = "changed_by", length = 60)
    private @Nullable String changedBy;

    @Column(name = "changed_at")
    private @Nullable Instant changedAt;

    protected CoProductionPledge() {
    }

    void rewrite(String newText, String by, Instant at) {
        this.text = newText;
        this.changedBy = by;
        this.changedAt = at;
    }

    String getText() {
        return text;
    }

    @Nullable String getChangedBy() {
        return changedBy;
    }

    @Nullable Instant getChangedAt() {
        return changedAt;
    }
}
