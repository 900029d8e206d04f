package org.tandem.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.tandem.shared.AbstractEntity;

/** What an action's owner said about it for one half-term: what was done, what difference it made, what next. */
@Entity
@Table(name = "progress_update")
@Audited
public class ProgressUpdate extends AbstractEntity {

    public static final int NARRATIVE_LENGTH = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id", nullable = false)
    private ActionItem action;

    @Column(name = "half_term_id", nullable = false)
    private long halfTermId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ActionStatus status = ActionStatus.NOT_STARTED;

    @Column(name = "percent_complete", nullable = false)
    private int percentComplete;

    @Column(nullable = false, length = NARRATIVE_LENGTH)
    private String narrative = "";

    @Column(nullable = false, length = 60)
    private String author = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected ProgressUpdate() {
        this.action = null;
    }

    ProgressUpdate(ActionItem action, long halfTermId, String author, Instant at) {
        this.action = action;
        this.halfTermId = halfTermId;
        this.author = author;
        this.createdAt = at;
        this.updatedAt = at;
    }

    void write(ActionStatus newStatus, int percent, String newNarrative, Instant at) {
        this.status = newStatus;
        this.percentComplete = percent;
        this.narrative = newNarrative;
        this.updatedAt = at;
    }

    ActionItem getAction() {
        return action;
    }

    public long getHalfTermId() {
        return halfTermId;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public int getPercentComplete() {
        return percentComplete;
    }

    public String getNarrative() {
        return narrative;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
