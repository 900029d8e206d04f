package org.tandem.measure;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.tandem.shared.AbstractEntity;

/**
 * A measure of success: what is counted and how, who owns it, the priorities it serves, where it started
 * (baseline) and where it should get to (target, with interim targets on the way), and whether families may see
 * it. It changes only through {@link #describe}, which the service calls with a checked draft, and is retired
 * (kept with its values and history, out of every list) or restored by name. Every change is audited.
 */
@Entity
@Table(name = "measure")
@Audited
// Collections load by subselect: one query each for every measure a screen reads, however many there are.
public class Measure extends AbstractEntity {

    public static final int NAME_LENGTH = 200;
    public static final int DEFINITION_LENGTH = 2000;
    public static final int SOURCE_LENGTH = 300;
    public static final int INDICATOR_LENGTH = 100;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name = "";
    @Column(nullable = false, length = DEFINITION_LENGTH)
    private String definition = "";
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Unit unit = Unit.NUMBER;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Polarity polarity = Polarity.HIGHER_IS_BETTER;
    @Column(name = "data_source", nullable = false, length = SOURCE_LENGTH)
    private String dataSource = "";
    @Column(name = "owner_id", nullable = false)
    private long ownerId;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Frequency frequency = Frequency.HALF_TERMLY;

    @ElementCollection(fetch = FetchType.LAZY)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "measure_priority", joinColumns = @JoinColumn(name = "measure_id"))
    @Column(name = "priority_id", nullable = false)
    private Set<Long> priorityIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "measure_interim_target", joinColumns = @JoinColumn(name = "measure_id"))
    @NotAudited
    private List<InterimTarget> interimTargets = new ArrayList<>();
    /**
     * The interim targets as the history shows them ("55 by 31 Jul 2054; 70 by 31 Mar 2055"), kept beside the
     * list because Envers cannot audit a bag of embeddables (it keys their rows by an ordinal alone, and two
     * interim targets collide).
     */
    @Column(name = "interim_targets_text", nullable = false, length = 600)
    private String interimTargetsText = "";

    /** The outcomes of its priorities it evidences; see {@link OutcomeMatch} for how they are found again. */
    @ElementCollection(fetch = FetchType.LAZY)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "measure_outcome", joinColumns = @JoinColumn(name = "measure_id"))
    @NotAudited
    private Set<OutcomeLink> outcomes = new HashSet<>();
    /** The linked outcomes in words, for the audit trail, as {@link #interimTargetsText}. */
    @Column(name = "outcomes_text", nullable = false, length = 4000)
    private String outcomesText = "";

    @Column(name = "baseline_value")
    private @Nullable Double baselineValue;
    @Column(name = "baseline_year")
    private @Nullable Integer baselineYear;
    @Column(name = "baseline_index")
    private @Nullable Integer baselineIndex;
    @Column(name = "target_value")
    private @Nullable Double targetValue;
    @Column(name = "target_date")
    private @Nullable LocalDate targetDate;
    @Column(name = "tolerance_percent", nullable = false)
    private int tolerancePercent = 10;
    @Column(nullable = false)
    private boolean publishable;
    @Column(name = "family_experience", nullable = false)
    private boolean familyExperience;
    /** The column of the open-data files this measure's benchmarks are read from. */
    @Column(length = INDICATOR_LENGTH)
    private @Nullable String indicator;
    /** The starter-library measure it was adopted from, if any. */
    @Column(name = "library_code", length = 40)
    private @Nullable String libraryCode;
    /** Illustrative figures of the demo partnership, never real ones. */
    @Column(nullable = false)
    private boolean demo;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;
    @Column(name = "retired_on")
    private @Nullable LocalDate retiredOn;

    protected Measure() {
    }

    Measure(Instant createdAt, @Nullable String libraryCode, boolean demo) {
        this.createdAt = createdAt;
        this.libraryCode = libraryCode;
        this.demo = demo;
    }

    void markDemo() {
        this.demo = true;
    }

    void retire(LocalDate on) {
        if (retiredOn != null) {
            throw new org.tandem.shared.ValidationProblem("id", "“" + name + "” is retired already.");
        }
        this.retiredOn = on;
    }

    void restore() {
        if (retiredOn == null) {
            throw new org.tandem.shared.ValidationProblem("id", "“" + name + "” is not retired.");
        }
        this.retiredOn = null;
    }

    void describe(MeasureDraft draft) {
        this.name = draft.getName().strip();
        this.definition = draft.getDefinition().strip();
        this.unit = draft.getUnit();
        this.polarity = draft.getPolarity();
        this.dataSource = draft.getDataSource().strip();
        this.ownerId = draft.getOwnerId();
        this.frequency = draft.getFrequency();
        this.priorityIds.clear();
        this.priorityIds.addAll(draft.getPriorityIds());
        this.baselineValue = draft.getBaselineValue();
        Period baseline = draft.baselinePeriod();
        this.baselineYear = baseline == null ? null : baseline.year();
        this.baselineIndex = baseline == null ? null : baseline.index();
        this.targetValue = draft.getTargetValue();
        this.targetDate = draft.getTargetDate();
        this.tolerancePercent = draft.getTolerancePercent();
        this.interimTargets.clear();
        draft.getInterimTargets().stream().sorted(Comparator.comparing(InterimTarget::on))
                .forEach(interimTargets::add);
        this.interimTargetsText = String.join("; ", interimTargets.stream().map(InterimTarget::toString).toList());
        this.outcomes.clear();
        draft.getOutcomes().stream().filter(o -> priorityIds.contains(o.priorityId())).forEach(outcomes::add);
        String words = String.join("; ", outcomes.stream().map(OutcomeLink::statement).sorted().toList());
        this.outcomesText = words.length() <= 4000 ? words : words.substring(0, 3999) + "…";
        this.publishable = draft.isPublishable();
        this.familyExperience = draft.isFamilyExperience();
        String column = draft.getIndicator() == null ? "" : draft.getIndicator().strip();
        this.indicator = column.isEmpty() ? null : column;
    }

    public String getName() {
        return name;
    }

    public String getDefinition() {
        return definition;
    }

    public Unit getUnit() {
        return unit;
    }

    public Polarity getPolarity() {
        return polarity;
    }

    public String getDataSource() {
        return dataSource;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public Set<Long> getPriorityIds() {
        return Set.copyOf(priorityIds);
    }

    public Set<OutcomeLink> getOutcomes() {
        return Set.copyOf(outcomes);
    }

    public List<InterimTarget> getInterimTargets() {
        return List.copyOf(interimTargets);
    }

    public @Nullable Double getBaselineValue() {
        return baselineValue;
    }

    public @Nullable Period getBaselinePeriod() {
        return baselineYear == null || baselineIndex == null ? null : new Period(baselineYear, baselineIndex);
    }

    public @Nullable Double getTargetValue() {
        return targetValue;
    }

    public @Nullable LocalDate getTargetDate() {
        return targetDate;
    }

    public int getTolerancePercent() {
        return tolerancePercent;
    }

    public boolean isPublishable() {
        return publishable;
    }

    public boolean isFamilyExperience() {
        return familyExperience;
    }

    public @Nullable String getIndicator() {
        return indicator;
    }

    public @Nullable String getLibraryCode() {
        return libraryCode;
    }

    public boolean isDemo() {
        return demo;
    }

    /** The day it was retired; null while the partnership watches it. */
    public @Nullable LocalDate getRetiredOn() {
        return retiredOn;
    }

    public boolean isRetired() {
        return retiredOn != null;
    }

    /** The straight line (through any interim targets) from the baseline to the target, if both are set. */
    Trajectory trajectory() {
        Period baseline = getBaselinePeriod();
        if (baselineValue == null || baseline == null || targetValue == null || targetDate == null) {
            return Trajectory.NONE;
        }
        return Trajectory.of(frequency.end(baseline), baselineValue, targetDate, targetValue, interimTargets);
    }
}
