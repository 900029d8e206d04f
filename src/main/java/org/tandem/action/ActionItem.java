package org.tandem.action;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.tandem.shared.AbstractEntity;
import org.tandem.shared.Rag;
import org.tandem.shared.ValidationProblem;

/** "We will ...": one item of the action plan, owned by a person and delivered through a workstream. */
@Entity
@Table(name = "action_item")
@Audited
public class ActionItem extends AbstractEntity {

    public static final int REFERENCE_LENGTH = 20;
    public static final int TITLE_LENGTH = 300;
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int REASON_LENGTH = 500;

    @Column(nullable = false, unique = true, length = REFERENCE_LENGTH)
    private String reference = "";

    /** How the reference sorts (2.2 before 2.10); derived from it, so not audited apart. */
    @NotAudited
    @Column(name = "reference_key", nullable = false, length = ReferenceKey.LENGTH)
    private String referenceKey = "";

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title = "";

    @Column(nullable = false, length = DESCRIPTION_LENGTH)
    private String description = "";

    @Column(name = "priority_id", nullable = false)
    private long priorityId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "workstream_id")
    private @Nullable Workstream workstream;

    @Column(name = "owner_id")
    private @Nullable Long ownerId;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "action_partner", joinColumns = @JoinColumn(name = "action_id"))
    @Column(name = "organisation_id", nullable = false)
    private Set<Long> partnerOrganisationIds = new HashSet<>();

    @Column(name = "start_date")
    private @Nullable LocalDate startDate;

    @Column(name = "due_date")
    private @Nullable LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ActionStatus status = ActionStatus.NOT_STARTED;

    @Column(name = "percent_complete", nullable = false)
    private int percentComplete;

    @Column(name = "completed_on")
    private @Nullable LocalDate completedOn;

    @Column(name = "cancel_reason", length = REASON_LENGTH)
    private @Nullable String cancelReason;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "action_coproduction", joinColumns = @JoinColumn(name = "action_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "partner", nullable = false, length = 30)
    private Set<CoProductionPartner> coProducedWith = EnumSet.noneOf(CoProductionPartner.class);

    @Column(name = "signed_off_by", length = 120)
    private @Nullable String signedOffBy;

    @Column(name = "signed_off_at")
    private @Nullable Instant signedOffAt;

    protected ActionItem() {
    }

    ActionItem(String reference, long priorityId) {
        this.reference = reference;
        this.referenceKey = ReferenceKey.of(reference);
        this.priorityId = priorityId;
    }

    void describe(String newReference, String newTitle, String newDescription, long newPriorityId,
            @Nullable Workstream newWorkstream, @Nullable Long newOwnerId, Set<Long> partners,
            @Nullable LocalDate start, @Nullable LocalDate due, Set<CoProductionPartner> coProduction) {
        if (start != null && due != null && due.isBefore(start)) {
            throw new ValidationProblem("dueDate", "The due date must be on or after the start date.");
        }
        this.reference = newReference;
        this.referenceKey = ReferenceKey.of(newReference);
        this.title = newTitle;
        this.description = newDescription;
        this.priorityId = newPriorityId;
        this.workstream = newWorkstream;
        this.ownerId = newOwnerId;
        this.partnerOrganisationIds.retainAll(partners);
        this.partnerOrganisationIds.addAll(partners);
        this.startDate = start;
        this.dueDate = due;
        this.coProducedWith.retainAll(coProduction);
        this.coProducedWith.addAll(coProduction);
    }

    /** An owner's half-termly report moves the action's status and percentage. */
    void reportProgress(ActionStatus newStatus, int percent) {
        requireOpen();
        if (!newStatus.isOpen()) {
            throw new ValidationProblem("status", "Complete or cancel the action with its own button.");
        }
        this.status = newStatus;
        this.percentComplete = percent;
    }

    void complete(LocalDate on) {
        requireOpen();
        this.status = ActionStatus.COMPLETE;
        this.percentComplete = 100;
        this.completedOn = on;
    }

    void cancel(String reason) {
        requireOpen();
        this.status = ActionStatus.CANCELLED;
        this.cancelReason = reason;
    }

    void signOffCoProduction(String by, Instant at) {
        if (coProducedWith.isEmpty()) {
            throw new ValidationProblem("coProducedWith", "Say who the action was co-produced with first.");
        }
        this.signedOffBy = by;
        this.signedOffAt = at;
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new ValidationProblem("status", "This action is " + status.label().toLowerCase()
                    + " and can no longer change status.");
        }
    }

    /** Derived: complete is blue, cancelled grey, anything past its due date red, otherwise its status. */
    public Rag rag(LocalDate today) {
        if (isOverdue(today)) {
            return Rag.RED;
        }
        return status.rag();
    }

    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && dueDate != null && dueDate.isBefore(today);
    }

    String getReferenceKey() {
        return referenceKey;
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public long getPriorityId() {
        return priorityId;
    }

    public @Nullable Workstream getWorkstream() {
        return workstream;
    }

    public @Nullable Long getOwnerId() {
        return ownerId;
    }

    public Set<Long> getPartnerOrganisationIds() {
        return Set.copyOf(partnerOrganisationIds);
    }

    public @Nullable LocalDate getStartDate() {
        return startDate;
    }

    public @Nullable LocalDate getDueDate() {
        return dueDate;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public int getPercentComplete() {
        return percentComplete;
    }

    public @Nullable LocalDate getCompletedOn() {
        return completedOn;
    }

    public @Nullable String getCancelReason() {
        return cancelReason;
    }

    public Set<CoProductionPartner> getCoProducedWith() {
        return coProducedWith.isEmpty() ? Set.of() : EnumSet.copyOf(coProducedWith);
    }

    public @Nullable String getSignedOffBy() {
        return signedOffBy;
    }

    public @Nullable Instant getSignedOffAt() {
        return signedOffAt;
    }
}
