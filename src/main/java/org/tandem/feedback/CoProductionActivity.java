package org.tandem.feedback;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.tandem.shared.AbstractEntity;

/**
 * One co-production activity: when, what kind, how many from each group took part (never who), what changed
 * because of it, and the actions and feedback it is linked to.
 */
@Entity
@Table(name = "coproduction_activity")
@Audited
class CoProductionActivity extends AbstractEntity {

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn = LocalDate.EPOCH;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private ActivityKind kind = ActivityKind.OTHER;

    @Column(nullable = false, length = ActivityDraft.TITLE_LENGTH)
    private String title = "";

    @Column(name = "parents_count")
    private @Nullable Integer parentsCount;

    @Column(name = "young_people_count")
    private @Nullable Integer youngPeopleCount;

    @Column(name = "professionals_count")
    private @Nullable Integer professionalsCount;

    @Column(name = "what_changed", nullable = false, length = ActivityDraft.CHANGED_LENGTH)
    private String whatChanged = "";

    @Column(name = "logged_by", nullable = false, length = 60)
    private String loggedBy = "";

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 50)
    @CollectionTable(name = "coproduction_activity_action", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "action_id", nullable = false)
    private Set<Long> actionIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 50)
    @CollectionTable(name = "coproduction_activity_feedback", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "feedback_id", nullable = false)
    private Set<Long> feedbackIds = new HashSet<>();

    protected CoProductionActivity() {
    }

    CoProductionActivity(String loggedBy) {
        this.loggedBy = loggedBy;
    }

    void record(ActivityDraft draft) {
        this.heldOn = draft.heldOn();
        this.kind = draft.kind();
        this.title = draft.title().strip();
        this.parentsCount = positiveOrNull(draft.parents());
        this.youngPeopleCount = positiveOrNull(draft.youngPeople());
        this.professionalsCount = positiveOrNull(draft.professionals());
        this.whatChanged = draft.whatChanged().strip();
        this.actionIds.clear();
        this.actionIds.addAll(draft.actionIds());
        this.feedbackIds.clear();
        this.feedbackIds.addAll(draft.feedbackIds());
    }

    private static @Nullable Integer positiveOrNull(@Nullable Integer count) {
        return count == null || count <= 0 ? null : count;
    }

    LocalDate getHeldOn() {
        return heldOn;
    }

    ActivityKind getKind() {
        return kind;
    }

    String getTitle() {
        return title;
    }

    @Nullable Integer getParentsCount() {
        return parentsCount;
    }

    @Nullable Integer getYoungPeopleCount() {
        return youngPeopleCount;
    }

    @Nullable Integer getProfessionalsCount() {
        return professionalsCount;
    }

    String getWhatChanged() {
        return whatChanged;
    }

    String getLoggedBy() {
        return loggedBy;
    }

    Set<Long> getActionIds() {
        return actionIds;
    }

    Set<Long> getFeedbackIds() {
        return feedbackIds;
    }
}
