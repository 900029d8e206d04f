package org.tandem.sef;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a criterion's form edits; the service checks it again. */
public class EvaluationDraft {

    private long id;
    private long version;
    private @Nullable String judgement;
    @Size(max = Evaluation.NARRATIVE_LENGTH, message = "Keep it to " + Evaluation.NARRATIVE_LENGTH + " characters.")
    private String whatWeKnow = "";
    @Size(max = Evaluation.NARRATIVE_LENGTH, message = "Keep it to " + Evaluation.NARRATIVE_LENGTH + " characters.")
    private String howWeKnow = "";
    @Size(max = Evaluation.NARRATIVE_LENGTH, message = "Keep it to " + Evaluation.NARRATIVE_LENGTH + " characters.")
    private String whatWeAreDoing = "";
    @Size(max = Evaluation.NARRATIVE_LENGTH, message = "Keep it to " + Evaluation.NARRATIVE_LENGTH + " characters.")
    private String impactSoFar = "";
    private @Nullable Long ownerId;
    private @Nullable LocalDate lastReviewedOn;
    @Size(max = 20, message = "Link at most 20 actions.")
    private Set<Long> actionIds = new HashSet<>();

    static EvaluationDraft of(Evaluation evaluation) {
        EvaluationDraft draft = new EvaluationDraft();
        draft.id = evaluation.getId();
        draft.version = evaluation.getVersion();
        draft.judgement = evaluation.getJudgement();
        draft.whatWeKnow = evaluation.getWhatWeKnow();
        draft.howWeKnow = evaluation.getHowWeKnow();
        draft.whatWeAreDoing = evaluation.getWhatWeAreDoing();
        draft.impactSoFar = evaluation.getImpactSoFar();
        draft.ownerId = evaluation.getOwnerId();
        draft.actionIds = new HashSet<>(evaluation.getActionIds());
        return draft;
    }

    public long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public @Nullable String getJudgement() {
        return judgement;
    }

    public void setJudgement(@Nullable String judgement) {
        this.judgement = judgement;
    }

    public String getWhatWeKnow() {
        return whatWeKnow;
    }

    public void setWhatWeKnow(String whatWeKnow) {
        this.whatWeKnow = whatWeKnow == null ? "" : whatWeKnow;
    }

    public String getHowWeKnow() {
        return howWeKnow;
    }

    public void setHowWeKnow(String howWeKnow) {
        this.howWeKnow = howWeKnow == null ? "" : howWeKnow;
    }

    public String getWhatWeAreDoing() {
        return whatWeAreDoing;
    }

    public void setWhatWeAreDoing(String whatWeAreDoing) {
        this.whatWeAreDoing = whatWeAreDoing == null ? "" : whatWeAreDoing;
    }

    public String getImpactSoFar() {
        return impactSoFar;
    }

    public void setImpactSoFar(String impactSoFar) {
        this.impactSoFar = impactSoFar == null ? "" : impactSoFar;
    }

    public @Nullable Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(@Nullable Long ownerId) {
        this.ownerId = ownerId;
    }

    /** Left empty, the review is dated today. */
    public @Nullable LocalDate getLastReviewedOn() {
        return lastReviewedOn;
    }

    public void setLastReviewedOn(@Nullable LocalDate lastReviewedOn) {
        this.lastReviewedOn = lastReviewedOn;
    }

    public Set<Long> getActionIds() {
        return actionIds;
    }

    public void setActionIds(Set<Long> actionIds) {
        this.actionIds = new HashSet<>(actionIds);
    }
}
