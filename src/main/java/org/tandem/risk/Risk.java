package org.tandem.risk;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.tandem.shared.AbstractEntity;
import org.tandem.shared.ValidationProblem;

/**
 * One risk of the register: what might happen, why and with what effect, its scores before controls (inherent),
 * now (residual) and aimed for (target), who owns it and where it is managed. Its scores, level, tolerance and
 * status change only through the named steps below, each of which refuses what the register does not allow.
 */
@Entity
@Table(name = "risk")
@Audited
public class Risk extends AbstractEntity {

    public static final int REFERENCE_LENGTH = 20;
    public static final int TITLE_LENGTH = 300;
    public static final int STATEMENT_LENGTH = 2000;
    public static final int CONTROLS_LENGTH = 4000;
    public static final int NOTE_LENGTH = 1000;
    public static final int REASON_LENGTH = 1000;

    @Column(nullable = false, unique = true, length = REFERENCE_LENGTH)
    private String reference = "";
    @Column(nullable = false, length = TITLE_LENGTH)
    private String title = "";
    @Column(nullable = false, length = STATEMENT_LENGTH)
    private String cause = "";
    @Column(name = "risk_event", nullable = false, length = STATEMENT_LENGTH)
    private String event = "";
    @Column(nullable = false, length = STATEMENT_LENGTH)
    private String consequence = "";
    /** The code of a {@link RiskCategory}. */
    @Column(nullable = false, length = RiskCategory.CODE_LENGTH)
    private String category = "";
    @Column(name = "owner_id", nullable = false)
    private long ownerId;
    @Column(name = "workstream_id")
    private @Nullable Long workstreamId;

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 100)
    @CollectionTable(name = "risk_partner", joinColumns = @JoinColumn(name = "risk_id"))
    @Column(name = "organisation_id", nullable = false)
    private Set<Long> partnerIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 100)
    @CollectionTable(name = "risk_priority", joinColumns = @JoinColumn(name = "risk_id"))
    @Column(name = "priority_id", nullable = false)
    private Set<Long> priorityIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 100)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @CollectionTable(name = "risk_group", joinColumns = @JoinColumn(name = "risk_id"))
    @Column(name = "group_code", nullable = false, length = 30)
    private Set<AffectedGroup> groups = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 100)
    @CollectionTable(name = "risk_action", joinColumns = @JoinColumn(name = "risk_id"))
    @Column(name = "action_id", nullable = false)
    private Set<Long> actionIds = new HashSet<>();

    @Column(name = "inherent_likelihood", nullable = false)
    private int inherentLikelihood = 1;
    @Column(name = "inherent_impact", nullable = false)
    private int inherentImpact = 1;
    @Column(nullable = false, length = CONTROLS_LENGTH)
    private String controls = "";
    @Column(name = "residual_likelihood", nullable = false)
    private int residualLikelihood = 1;
    @Column(name = "residual_impact", nullable = false)
    private int residualImpact = 1;
    /** Kept with the two it multiplies, so that the register sorts and filters by it in the database. */
    @Column(name = "residual_score", nullable = false)
    private int residualScore = 1;
    /** Why the residual score is above the inherent one, which is allowed but must be explained. */
    @Column(name = "residual_note", length = NOTE_LENGTH)
    private @Nullable String residualNote;
    @Column(name = "target_likelihood", nullable = false)
    private int targetLikelihood = 1;
    @Column(name = "target_impact", nullable = false)
    private int targetImpact = 1;
    @Column(name = "target_date")
    private @Nullable LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private RiskResponse response = RiskResponse.TREAT;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "risk_level", nullable = false, length = 20)
    private Level level = Level.WORKSTREAM;
    @Column(nullable = false)
    private boolean confidential;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private RiskStatus status = RiskStatus.OPEN;
    @Column(name = "closed_reason", length = REASON_LENGTH)
    private @Nullable String closedReason;
    @Column(name = "closed_on")
    private @Nullable LocalDate closedOn;

    @Column(name = "last_review_on")
    private @Nullable LocalDate lastReviewOn;
    @Column(name = "next_review_on", nullable = false)
    private LocalDate nextReviewOn = LocalDate.EPOCH;
    /** The residual score before the latest review, for the trend; null until a review moves it. */
    @Column(name = "previous_score")
    private @Nullable Integer previousScore;

    /** While a tolerance decision stands: until when, and the residual score accepted. */
    @Column(name = "tolerated_until")
    private @Nullable LocalDate toleratedUntil;
    @Column(name = "tolerated_score")
    private @Nullable Integer toleratedScore;

    @Column(name = "raised_by", nullable = false, length = 60)
    private String raisedBy = "";
    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt = Instant.EPOCH;

    protected Risk() {
    }

    Risk(String reference, Level level, String raisedBy, Instant raisedAt) {
        this.reference = reference;
        this.level = level;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
    }

    /** What the risk is and how it is managed; its residual score changes here only while it is new or edited. */
    void describe(RiskDraft draft, RiskScore inherent, RiskScore residual, RiskScore target,
            LocalDate nextReview) {
        requireOpen("edited");
        this.reference = draft.getReference().strip();
        this.title = draft.getTitle().strip();
        this.cause = draft.getCause().strip();
        this.event = draft.getEvent().strip();
        this.consequence = draft.getConsequence().strip();
        this.category = draft.getCategory();
        this.ownerId = draft.getOwnerId();
        this.workstreamId = draft.getWorkstreamId();
        replace(partnerIds, draft.getPartnerIds());
        replace(priorityIds, draft.getPriorityIds());
        replace(groups, draft.getGroups());
        replace(actionIds, draft.getActionIds());
        this.inherentLikelihood = inherent.likelihood();
        this.inherentImpact = inherent.impact();
        this.controls = draft.getControls().strip();
        setResidual(residual, draft.getResidualNote());
        this.targetLikelihood = target.likelihood();
        this.targetImpact = target.impact();
        this.targetDate = draft.getTargetDate();
        this.response = draft.getResponse();
        this.confidential = draft.isConfidential();
        this.nextReviewOn = nextReview;
    }

    /** A review: the residual score as it stands now, and when it is looked at next. */
    void review(RiskScore residual, @Nullable String note, LocalDate on, LocalDate next) {
        requireOpen("reviewed");
        this.previousScore = residual().score();
        setResidual(residual, note);
        this.lastReviewOn = on;
        this.nextReviewOn = next;
    }

    /** Up to a higher level; refused when the risk is already there or higher. */
    void escalate(Level to) {
        requireOpen("escalated");
        if (to.compareTo(level) <= 0) {
            throw new ValidationProblem("level", "Escalate to a level above " + level.label().toLowerCase()
                    + ".");
        }
        this.level = to;
    }

    /** Down to a lower level; refused when the risk is already there or lower. */
    void deEscalate(Level to) {
        requireOpen("de-escalated");
        if (to.compareTo(level) >= 0) {
            throw new ValidationProblem("level", "De-escalate to a level below " + level.label().toLowerCase()
                    + ".");
        }
        this.level = to;
    }

    /** The board accepts the risk as it scores now, until a date after today. */
    void tolerate(LocalDate until, LocalDate today) {
        requireOpen("tolerated");
        if (!until.isAfter(today)) {
            throw new ValidationProblem("expiresOn", "The acceptance must run until a date after today.");
        }
        this.response = RiskResponse.TOLERATE;
        this.toleratedUntil = until;
        this.toleratedScore = residual().score();
    }

    /** Why the standing tolerance no longer holds today (its score rose, or it expired), if it does not. */
    Optional<String> toleranceLapse(LocalDate today) {
        if (toleratedUntil == null || toleratedScore == null) {
            return Optional.empty();
        }
        if (residual().score() > toleratedScore) {
            return Optional.of("The residual score rose from " + toleratedScore + " to " + residual().score()
                    + ".");
        }
        if (today.isAfter(toleratedUntil)) {
            return Optional.of("The acceptance expired on " + toleratedUntil + ".");
        }
        return Optional.empty();
    }

    /** The tolerance is over; the risk is treated again until someone decides otherwise. */
    void endTolerance() {
        this.toleratedUntil = null;
        this.toleratedScore = null;
        if (response == RiskResponse.TOLERATE) {
            this.response = RiskResponse.TREAT;
        }
    }

    void close(String reason, LocalDate on) {
        requireOpen("closed");
        if (reason == null || reason.isBlank()) {
            throw new ValidationProblem("closedReason", "Say why the risk is closed.");
        }
        if (reason.strip().length() > REASON_LENGTH) {
            throw new ValidationProblem("closedReason", "Use at most " + REASON_LENGTH + " characters.");
        }
        this.status = RiskStatus.CLOSED;
        this.closedReason = reason.strip();
        this.closedOn = on;
        this.toleratedUntil = null;
        this.toleratedScore = null;
    }

    private void setResidual(RiskScore residual, @Nullable String note) {
        String clean = note == null || note.isBlank() ? null : note.strip();
        if (residual.score() > inherent().score() && clean == null) {
            throw new ValidationProblem("residualNote", "The residual score (" + residual.score() + ") is above "
                    + "the inherent score (" + inherent().score() + "): say why, in the note.");
        }
        if (clean != null && clean.length() > NOTE_LENGTH) {
            throw new ValidationProblem("residualNote", "Use at most " + NOTE_LENGTH + " characters.");
        }
        this.residualLikelihood = residual.likelihood();
        this.residualImpact = residual.impact();
        this.residualScore = residual.score();
        this.residualNote = clean;
    }

    private void requireOpen(String step) {
        if (status == RiskStatus.CLOSED) {
            throw new ValidationProblem("status", "A closed risk cannot be " + step + ".");
        }
    }

    private static <T> void replace(Set<T> current, Set<T> wanted) {
        current.retainAll(wanted);
        current.addAll(wanted);
    }

    public RiskScore inherent() {
        return new RiskScore(inherentLikelihood, inherentImpact);
    }

    public RiskScore residual() {
        return new RiskScore(residualLikelihood, residualImpact);
    }

    public RiskScore target() {
        return new RiskScore(targetLikelihood, targetImpact);
    }

    public Trend trend() {
        return Trend.between(previousScore, residual().score());
    }

    public boolean isReviewOverdue(LocalDate today) {
        return status == RiskStatus.OPEN && nextReviewOn.isBefore(today);
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public String getCause() {
        return cause;
    }

    public String getEvent() {
        return event;
    }

    public String getConsequence() {
        return consequence;
    }

    public String getCategory() {
        return category;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public @Nullable Long getWorkstreamId() {
        return workstreamId;
    }

    public Set<Long> getPartnerIds() {
        return Set.copyOf(partnerIds);
    }

    public Set<Long> getPriorityIds() {
        return Set.copyOf(priorityIds);
    }

    public Set<AffectedGroup> getGroups() {
        return Set.copyOf(groups);
    }

    public Set<Long> getActionIds() {
        return Set.copyOf(actionIds);
    }

    public String getControls() {
        return controls;
    }

    public @Nullable String getResidualNote() {
        return residualNote;
    }

    public @Nullable LocalDate getTargetDate() {
        return targetDate;
    }

    public RiskResponse getResponse() {
        return response;
    }

    public Level getLevel() {
        return level;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public RiskStatus getStatus() {
        return status;
    }

    public @Nullable String getClosedReason() {
        return closedReason;
    }

    public @Nullable LocalDate getClosedOn() {
        return closedOn;
    }

    public @Nullable LocalDate getLastReviewOn() {
        return lastReviewOn;
    }

    public LocalDate getNextReviewOn() {
        return nextReviewOn;
    }

    public @Nullable Integer getPreviousScore() {
        return previousScore;
    }

    public @Nullable LocalDate getToleratedUntil() {
        return toleratedUntil;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }
}
