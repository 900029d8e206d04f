package org.tandem.measure;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a measure form edits; the service checks it again before {@link Measure#describe} takes it. */
public class MeasureDraft {

    public static final int MAX_INTERIM_TARGETS = 12;

    private @Nullable Long id;
    private long version;
    @NotBlank(message = "Give the measure a name.")
    @Size(max = Measure.NAME_LENGTH, message = "Use at most " + Measure.NAME_LENGTH + " characters.")
    private String name = "";
    @NotBlank(message = "Say what is counted, and how.")
    @Size(max = Measure.DEFINITION_LENGTH, message = "Use at most " + Measure.DEFINITION_LENGTH + " characters.")
    private String definition = "";
    @NotNull(message = "Choose a unit.")
    private Unit unit = Unit.PERCENT;
    @NotNull(message = "Say which way is better.")
    private Polarity polarity = Polarity.HIGHER_IS_BETTER;
    @Size(max = Measure.SOURCE_LENGTH, message = "Use at most " + Measure.SOURCE_LENGTH + " characters.")
    private String dataSource = "";
    @NotNull(message = "Choose the owner.")
    private @Nullable Long ownerId;
    @NotNull(message = "Choose how often it is counted.")
    private Frequency frequency = Frequency.HALF_TERMLY;
    private Set<Long> priorityIds = new HashSet<>();
    private @Nullable Double baselineValue;
    private @Nullable Integer baselineYear;
    private @Nullable Integer baselineIndex;
    private @Nullable Double targetValue;
    private @Nullable LocalDate targetDate;
    @Min(value = 0, message = "The tolerance is from 0 to 100%.")
    @Max(value = 100, message = "The tolerance is from 0 to 100%.")
    private int tolerancePercent = 10;
    private List<InterimTarget> interimTargets = new ArrayList<>();
    private List<OutcomeLink> outcomes = new ArrayList<>();
    private boolean publishable;
    private boolean familyExperience;
    @Size(max = Measure.INDICATOR_LENGTH, message = "Use at most " + Measure.INDICATOR_LENGTH + " characters.")
    private @Nullable String indicator;

    static MeasureDraft of(Measure measure) {
        MeasureDraft draft = new MeasureDraft();
        draft.id = measure.getId();
        draft.version = measure.getVersion();
        draft.name = measure.getName();
        draft.definition = measure.getDefinition();
        draft.unit = measure.getUnit();
        draft.polarity = measure.getPolarity();
        draft.dataSource = measure.getDataSource();
        draft.ownerId = measure.getOwnerId();
        draft.frequency = measure.getFrequency();
        draft.priorityIds = new HashSet<>(measure.getPriorityIds());
        draft.baselineValue = measure.getBaselineValue();
        Period baseline = measure.getBaselinePeriod();
        draft.baselineYear = baseline == null ? null : baseline.year();
        draft.baselineIndex = baseline == null ? null : baseline.index();
        draft.targetValue = measure.getTargetValue();
        draft.targetDate = measure.getTargetDate();
        draft.tolerancePercent = measure.getTolerancePercent();
        draft.interimTargets = new ArrayList<>(measure.getInterimTargets());
        draft.outcomes = new ArrayList<>(measure.getOutcomes());
        draft.publishable = measure.isPublishable();
        draft.familyExperience = measure.isFamilyExperience();
        draft.indicator = measure.getIndicator();
        return draft;
    }

    @Nullable Period baselinePeriod() {
        return baselineYear == null || baselineIndex == null ? null : new Period(baselineYear, baselineIndex);
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }

    public Unit getUnit() {
        return unit;
    }

    public void setUnit(Unit unit) {
        this.unit = unit;
    }

    public Polarity getPolarity() {
        return polarity;
    }

    public void setPolarity(Polarity polarity) {
        this.polarity = polarity;
    }

    public String getDataSource() {
        return dataSource;
    }

    public void setDataSource(String dataSource) {
        this.dataSource = dataSource;
    }

    public @Nullable Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(@Nullable Long ownerId) {
        this.ownerId = ownerId;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    public Set<Long> getPriorityIds() {
        return priorityIds;
    }

    public void setPriorityIds(Set<Long> priorityIds) {
        this.priorityIds = new HashSet<>(priorityIds);
    }

    public @Nullable Double getBaselineValue() {
        return baselineValue;
    }

    public void setBaselineValue(@Nullable Double baselineValue) {
        this.baselineValue = baselineValue;
    }

    public @Nullable Integer getBaselineYear() {
        return baselineYear;
    }

    public void setBaselineYear(@Nullable Integer baselineYear) {
        this.baselineYear = baselineYear;
    }

    public @Nullable Integer getBaselineIndex() {
        return baselineIndex;
    }

    public void setBaselineIndex(@Nullable Integer baselineIndex) {
        this.baselineIndex = baselineIndex;
    }

    public @Nullable Double getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(@Nullable Double targetValue) {
        this.targetValue = targetValue;
    }

    public @Nullable LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(@Nullable LocalDate targetDate) {
        this.targetDate = targetDate;
    }

    public int getTolerancePercent() {
        return tolerancePercent;
    }

    public void setTolerancePercent(int tolerancePercent) {
        this.tolerancePercent = tolerancePercent;
    }

    public List<InterimTarget> getInterimTargets() {
        return interimTargets;
    }

    public void setInterimTargets(List<InterimTarget> interimTargets) {
        this.interimTargets = new ArrayList<>(interimTargets);
    }

    public boolean isPublishable() {
        return publishable;
    }

    public void setPublishable(boolean publishable) {
        this.publishable = publishable;
    }

    public boolean isFamilyExperience() {
        return familyExperience;
    }

    public void setFamilyExperience(boolean familyExperience) {
        this.familyExperience = familyExperience;
    }

    public @Nullable String getIndicator() {
        return indicator;
    }

    public void setIndicator(@Nullable String indicator) {
        this.indicator = indicator;
    }

    /** The outcomes of the measure's priorities it evidences, each by its priority and current wording. */
    public List<OutcomeLink> getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(List<OutcomeLink> outcomes) {
        this.outcomes = new ArrayList<>(outcomes);
    }
}
