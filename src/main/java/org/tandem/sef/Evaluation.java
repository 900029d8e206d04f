package org.tandem.sef;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tandem.shared.AbstractEntity;

/**
 * A criterion as one edition grades it: the judgement, the narrative in four parts, the owner, the actions
 * that answer it and when it was last reviewed. Changes only while its edition is open.
 */
@Entity
@Table(name = "sef_evaluation")
public class Evaluation extends AbstractEntity {

    public static final int NARRATIVE_LENGTH = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "edition_id", nullable = false)
    private Edition edition;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "criterion_id", nullable = false)
    private Criterion criterion;

    @Column(length = 40)
    private @Nullable String judgement;

    /** The judgement before the latest change, so that the report can say "from developing to secure". */
    @Column(name = "previous_judgement", length = 40)
    private @Nullable String previousJudgement;

    @Column(name = "judged_on")
    private @Nullable LocalDate judgedOn;

    @Column(name = "what_we_know", nullable = false, length = NARRATIVE_LENGTH)
    private String whatWeKnow = "";

    @Column(name = "how_we_know", nullable = false, length = NARRATIVE_LENGTH)
    private String howWeKnow = "";

    @Column(name = "what_we_are_doing", nullable = false, length = NARRATIVE_LENGTH)
    private String whatWeAreDoing = "";

    @Column(name = "impact_so_far", nullable = false, length = NARRATIVE_LENGTH)
    private String impactSoFar = "";

    @Column(name = "owner_id")
    private @Nullable Long ownerId;

    @Column(name = "last_reviewed_on")
    private @Nullable LocalDate lastReviewedOn;

    // A page of the library loads its items' links in one statement, not one per item.
    @org.hibernate.annotations.BatchSize(size = 100)
    @ElementCollection
    @CollectionTable(name = "sef_evaluation_action", joinColumns = @JoinColumn(name = "evaluation_id"))
    @Column(name = "action_id", nullable = false)
    private Set<Long> actionIds = new HashSet<>();

    protected Evaluation() {
    }

    Evaluation(Edition edition, Criterion criterion) {
        this.edition = edition;
        this.criterion = criterion;
    }

    /** The same criterion in a new edition, starting from where the last one ended. */
    Evaluation carriedInto(Edition next) {
        Evaluation copy = new Evaluation(next, criterion);
        copy.judgement = judgement;
        copy.judgedOn = judgedOn;
        copy.whatWeKnow = whatWeKnow;
        copy.howWeKnow = howWeKnow;
        copy.whatWeAreDoing = whatWeAreDoing;
        copy.impactSoFar = impactSoFar;
        copy.ownerId = ownerId;
        copy.lastReviewedOn = lastReviewedOn;
        copy.actionIds = new HashSet<>(actionIds);
        return copy;
    }

    /** Records a review: everything in the draft, reviewed today. */
    void review(EvaluationDraft draft, LocalDate today) {
        edition.requireOpen();
        if (!Objects.equals(judgement, draft.getJudgement())) {
            previousJudgement = judgement;
            judgement = draft.getJudgement();
            judgedOn = today;
        }
        whatWeKnow = draft.getWhatWeKnow().strip();
        howWeKnow = draft.getHowWeKnow().strip();
        whatWeAreDoing = draft.getWhatWeAreDoing().strip();
        impactSoFar = draft.getImpactSoFar().strip();
        ownerId = draft.getOwnerId();
        actionIds.clear();
        actionIds.addAll(draft.getActionIds());
        lastReviewedOn = draft.getLastReviewedOn() == null ? today : draft.getLastReviewedOn();
    }

    public Edition getEdition() {
        return edition;
    }

    public Criterion getCriterion() {
        return criterion;
    }

    public @Nullable String getJudgement() {
        return judgement;
    }

    public @Nullable String getPreviousJudgement() {
        return previousJudgement;
    }

    public @Nullable LocalDate getJudgedOn() {
        return judgedOn;
    }

    public String getWhatWeKnow() {
        return whatWeKnow;
    }

    public String getHowWeKnow() {
        return howWeKnow;
    }

    public String getWhatWeAreDoing() {
        return whatWeAreDoing;
    }

    public String getImpactSoFar() {
        return impactSoFar;
    }

    public @Nullable Long getOwnerId() {
        return ownerId;
    }

    public @Nullable LocalDate getLastReviewedOn() {
        return lastReviewedOn;
    }

    public Set<Long> getActionIds() {
        return actionIds;
    }
}
