package org.tandem.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** One line of an item's timeline: a step, who took it and when. Written once, never changed. */
@Entity
@Table(name = "feedback_step")
class FeedbackStep {

    static final int NOTE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "feedback_id", nullable = false)
    private long feedbackId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private StepKind kind = StepKind.LOGGED;

    @Column(name = "taken_by", nullable = false, length = 60)
    private String takenBy = "";

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt = Instant.EPOCH;

    @Column(length = NOTE_LENGTH)
    private @Nullable String note;

    protected FeedbackStep() {
    }

    FeedbackStep(long feedbackId, StepKind kind, String takenBy, Instant takenAt, @Nullable String note) {
        this.feedbackId = feedbackId;
        this.kind = kind;
        this.takenBy = takenBy;
        this.takenAt = takenAt;
        this.note = note == null || note.length() <= NOTE_LENGTH ? note : note.substring(0, NOTE_LENGTH);
    }

    StepInfo info() {
        return new StepInfo(kind, takenBy, takenAt, note);
    }
}
