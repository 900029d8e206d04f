package org.tandem.risk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the owner or an admin edits about a risk; the form binds to it and the service checks it again. An empty
 * reference is numbered automatically (R-001 ...), an empty next review date follows the band's interval.
 */
public class RiskDraft {

    static final String SCORE = "Enter a whole number from 1 to 5";

    private @Nullable Long id;
    private long version;

    @Size(max = Risk.REFERENCE_LENGTH, message = "Use at most " + Risk.REFERENCE_LENGTH + " characters")
    @Pattern(regexp = "[A-Za-z0-9.\\-/]*", message = "Use letters, digits, dots, slashes and dashes only")
    private String reference = "";

    @NotBlank(message = "Enter the risk's title")
    @Size(max = Risk.TITLE_LENGTH, message = "Use at most " + Risk.TITLE_LENGTH + " characters")
    private String title = "";

    @Size(max = Risk.STATEMENT_LENGTH, message = "Use at most " + Risk.STATEMENT_LENGTH + " characters")
    private String cause = "";

    @NotBlank(message = "Say what might happen")
    @Size(max = Risk.STATEMENT_LENGTH, message = "Use at most " + Risk.STATEMENT_LENGTH + " characters")
    private String event = "";

    @Size(max = Risk.STATEMENT_LENGTH, message = "Use at most " + Risk.STATEMENT_LENGTH + " characters")
    private String consequence = "";

    @NotBlank(message = "Choose a category")
    private String category = "";

    @NotNull(message = "Choose the risk's owner")
    private @Nullable Long ownerId;

    private @Nullable Long workstreamId;
    private Set<Long> partnerIds = new HashSet<>();
    private Set<Long> priorityIds = new HashSet<>();
    private Set<AffectedGroup> groups = EnumSet.noneOf(AffectedGroup.class);
    private Set<Long> actionIds = new HashSet<>();

    @NotNull(message = SCORE)
    @Min(value = 1, message = SCORE)
    @Max(value = 5, message = SCORE)
    private @Nullable Integer inherentLikelihood;
    @NotNull(message = SCORE)
    @Min(value = 1, message = SCORE)
    @Max(value = 5, message = SCORE)
    private @Nullable Integer inherentImpact;

    @Size(max = Risk.CONTROLS_LENGTH, message = "Use at most " + Risk.CONTROLS_LENGTH + " characters")
    private String controls = "";

    @NotNull(message = SCORE)
    @Min(value = 1, message = SCORE)
    @Max(value = 5, message = SCORE)
    private @Nullable Integer residualLikelihood;
    @NotNull(message = SCORE)
    @Min(value = 1, message = SCORE)
    @Max(value = 5, message = SCORE)
    private @Nullable Integer residualImpact;

    @Size(max = Risk.NOTE_LENGTH, message = "Use at most " + Risk.NOTE_LENGTH + " characters")
    private @Nullable String residualNote;

    @NotNull(message = SCORE)
    @Min(value = 1, message = SCORE)
    @Max(value = 5, message = SCORE)
    private @Nullable Integer targetLikelihood;
    @NotNull(message = SCORE)
    @Min(value = 1, message = SCORE)
    @Max(value = 5, message = SCORE)
    private @Nullable Integer targetImpact;

    private @Nullable LocalDate targetDate;

    @NotNull(message = "Choose the response")
    private RiskResponse response = RiskResponse.TREAT;

    private boolean confidential;

    private @Nullable LocalDate nextReviewOn;

    /** Where a new risk is first managed; afterwards the level changes only by escalating and de-escalating. */
    private Level level = Level.WORKSTREAM;

    static RiskDraft of(Risk risk) {
        RiskDraft draft = new RiskDraft();
        draft.id = risk.getId();
        draft.version = risk.getVersion();
        draft.reference = risk.getReference();
        draft.title = risk.getTitle();
        draft.cause = risk.getCause();
        draft.event = risk.getEvent();
        draft.consequence = risk.getConsequence();
        draft.category = risk.getCategory();
        draft.ownerId = risk.getOwnerId();
        draft.workstreamId = risk.getWorkstreamId();
        draft.partnerIds = new HashSet<>(risk.getPartnerIds());
        draft.priorityIds = new HashSet<>(risk.getPriorityIds());
        draft.groups = risk.getGroups().isEmpty() ? EnumSet.noneOf(AffectedGroup.class)
                : EnumSet.copyOf(risk.getGroups());
        draft.actionIds = new HashSet<>(risk.getActionIds());
        draft.inherentLikelihood = risk.inherent().likelihood();
        draft.inherentImpact = risk.inherent().impact();
        draft.controls = risk.getControls();
        draft.residualLikelihood = risk.residual().likelihood();
        draft.residualImpact = risk.residual().impact();
        draft.residualNote = risk.getResidualNote();
        draft.targetLikelihood = risk.target().likelihood();
        draft.targetImpact = risk.target().impact();
        draft.targetDate = risk.getTargetDate();
        draft.response = risk.getResponse();
        draft.confidential = risk.isConfidential();
        draft.nextReviewOn = risk.getNextReviewOn();
        draft.level = risk.getLevel();
        return draft;
    }

    /** Keeps this draft's values but takes the version of {@code saved}, after someone else saved first. */
    public void rebaseOn(RiskDraft saved) {
        this.version = saved.version;
    }

    /** All three scores at once, for a form or an import: "inherent", "residual", "target". */
    public void scores(int inherentL, int inherentI, int residualL, int residualI, int targetL, int targetI) {
        inherentLikelihood = inherentL;
        inherentImpact = inherentI;
        residualLikelihood = residualL;
        residualImpact = residualI;
        targetLikelihood = targetL;
        targetImpact = targetI;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference == null ? "" : reference;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public String getCause() {
        return cause;
    }

    public void setCause(String cause) {
        this.cause = cause == null ? "" : cause;
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event == null ? "" : event;
    }

    public String getConsequence() {
        return consequence;
    }

    public void setConsequence(String consequence) {
        this.consequence = consequence == null ? "" : consequence;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category == null ? "" : category;
    }

    public @Nullable Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(@Nullable Long ownerId) {
        this.ownerId = ownerId;
    }

    public @Nullable Long getWorkstreamId() {
        return workstreamId;
    }

    public void setWorkstreamId(@Nullable Long workstreamId) {
        this.workstreamId = workstreamId;
    }

    public Set<Long> getPartnerIds() {
        return partnerIds;
    }

    public void setPartnerIds(Set<Long> partnerIds) {
        this.partnerIds = new HashSet<>(partnerIds);
    }

    public Set<Long> getPriorityIds() {
        return priorityIds;
    }

    public void setPriorityIds(Set<Long> priorityIds) {
        this.priorityIds = new HashSet<>(priorityIds);
    }

    public Set<AffectedGroup> getGroups() {
        return groups;
    }

    public void setGroups(Set<AffectedGroup> groups) {
        this.groups = groups.isEmpty() ? EnumSet.noneOf(AffectedGroup.class) : EnumSet.copyOf(groups);
    }

    public Set<Long> getActionIds() {
        return actionIds;
    }

    public void setActionIds(Set<Long> actionIds) {
        this.actionIds = new HashSet<>(actionIds);
    }

    public @Nullable Integer getInherentLikelihood() {
        return inherentLikelihood;
    }

    public void setInherentLikelihood(@Nullable Integer value) {
        this.inherentLikelihood = value;
    }

    public @Nullable Integer getInherentImpact() {
        return inherentImpact;
    }

    public void setInherentImpact(@Nullable Integer value) {
        this.inherentImpact = value;
    }

    public String getControls() {
        return controls;
    }

    public void setControls(String controls) {
        this.controls = controls == null ? "" : controls;
    }

    public @Nullable Integer getResidualLikelihood() {
        return residualLikelihood;
    }

    public void setResidualLikelihood(@Nullable Integer value) {
        this.residualLikelihood = value;
    }

    public @Nullable Integer getResidualImpact() {
        return residualImpact;
    }

    public void setResidualImpact(@Nullable Integer value) {
        this.residualImpact = value;
    }

    public @Nullable String getResidualNote() {
        return residualNote;
    }

    public void setResidualNote(@Nullable String residualNote) {
        this.residualNote = residualNote;
    }

    public @Nullable Integer getTargetLikelihood() {
        return targetLikelihood;
    }

    public void setTargetLikelihood(@Nullable Integer value) {
        this.targetLikelihood = value;
    }

    public @Nullable Integer getTargetImpact() {
        return targetImpact;
    }

    public void setTargetImpact(@Nullable Integer value) {
        this.targetImpact = value;
    }

    public @Nullable LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(@Nullable LocalDate targetDate) {
        this.targetDate = targetDate;
    }

    public RiskResponse getResponse() {
        return response;
    }

    public void setResponse(RiskResponse response) {
        this.response = response;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public void setConfidential(boolean confidential) {
        this.confidential = confidential;
    }

    public @Nullable LocalDate getNextReviewOn() {
        return nextReviewOn;
    }

    public void setNextReviewOn(@Nullable LocalDate nextReviewOn) {
        this.nextReviewOn = nextReviewOn;
    }

    public Level getLevel() {
        return level;
    }

    public void setLevel(Level level) {
        this.level = level == null ? Level.WORKSTREAM : level;
    }
}
