package org.tandem.measure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tandem.measure.Trajectory.Point;
import org.tandem.people.Person;
import org.tandem.people.UserService;
import org.tandem.strategy.PriorityInfo;
import org.tandem.strategy.StrategyService;

/**
 * Turns measures into what the screens, the report and the public page read, loading their values, benchmarks
 * and owners in one query each whatever the number of measures, so that the dashboard runs a bounded number of
 * statements.
 */
@Component
class MeasureReading {

    private final MeasureValues values;
    private final Benchmarks benchmarks;
    private final SettingsStore settings;
    private final UserService users;
    private final MeasurePermissions permissions;
    private final StrategyService strategy;
    private final Clock clock;

    MeasureReading(MeasureValues values, Benchmarks benchmarks, SettingsStore settings, UserService users,
            MeasurePermissions permissions, StrategyService strategy, Clock clock) {
        this.strategy = strategy;
        this.values = values;
        this.benchmarks = benchmarks;
        this.settings = settings;
        this.users = users;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** Everything about some measures, loaded at once. */
    Loaded load(Collection<Measure> measures) {
        return load(measures, List.of());
    }

    /**
     * As {@link #load(Collection)}, given priorities the caller has read already (the dashboard's), so that the
     * outcomes the measures link are found without reading their priorities again.
     */
    Loaded load(Collection<Measure> measures, Collection<PriorityInfo> known) {
        List<Long> ids = measures.stream().map(Measure::getId).toList();
        if (ids.isEmpty()) {
            return new Loaded(List.of(), Map.of(), Map.of(), Map.of(), Map.of(), settings.get().getSmallNumberBase(),
                    LocalDate.now(clock), m -> false, false);
        }
        Map<Long, List<MeasureValue>> byMeasure = values.forMeasures(ids).stream()
                .collect(Collectors.groupingBy(MeasureValue::getMeasureId));
        Map<Long, List<Benchmark>> marks = benchmarks.forMeasures(ids).stream()
                .collect(Collectors.groupingBy(Benchmark::getMeasureId));
        Map<Long, Person> owners = users.people(measures.stream().map(Measure::getOwnerId).collect(
                Collectors.toSet()));
        // Priorities (with their outcomes) only for measures that link outcomes, and only those not known
        // already: one query, or none.
        Map<Long, PriorityInfo> priorities = new java.util.HashMap<>();
        known.forEach(p -> priorities.put(p.id(), p));
        java.util.Set<Long> missing = measures.stream().filter(m -> !m.getOutcomes().isEmpty())
                .flatMap(m -> m.getPriorityIds().stream()).filter(id -> !priorities.containsKey(id))
                .collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            priorities.putAll(strategy.prioritiesById(missing));
        }
        MeasurePermissions.Reader reader = permissions.reader();
        return new Loaded(List.copyOf(measures), byMeasure, marks, owners, priorities,
                settings.get().getSmallNumberBase(), LocalDate.now(clock), reader.mayEdit(), reader.mayRetire());
    }

    record Loaded(List<Measure> measures, Map<Long, List<MeasureValue>> values, Map<Long, List<Benchmark>> marks,
            Map<Long, Person> owners, Map<Long, PriorityInfo> priorities, int smallBase, LocalDate today,
            Predicate<Measure> mayEdit, boolean mayRetire) {

        List<MeasureValue> valuesOf(Measure measure) {
            return values.getOrDefault(measure.getId(), List.of());
        }

        List<Benchmark> marksOf(Measure measure) {
            return marks.getOrDefault(measure.getId(), List.of());
        }
    }

    List<MeasureSummary> summaries(Loaded loaded, Predicate<Measure> keep) {
        return loaded.measures().stream().filter(keep).map(m -> summary(loaded, m)).toList();
    }

    MeasureSummary summary(Loaded loaded, Measure measure) {
        List<MeasureValue> list = loaded.valuesOf(measure);
        Frequency frequency = measure.getFrequency();
        Unit unit = measure.getUnit();
        MeasureValue latest = list.isEmpty() ? null : list.getLast();
        Period due = frequency.due(loaded.today());
        boolean current = latest != null && latest.getPeriod().compareTo(due) >= 0;
        RagVerdict verdict = RagRule.judge(new RagRule.Facts(current ? latest.getAmount() : null,
                current ? frequency.end(latest.getPeriod()) : null,
                latest == null ? "" : frequency.label(latest.getPeriod()), frequency.label(due),
                current && latest.smallBase(loaded.smallBase()), loaded.smallBase(), measure.getPolarity(),
                measure.trajectory(), measure.getTolerancePercent(), unit));
        List<MeasureValue> rated = list.stream().filter(v -> !v.smallBase(loaded.smallBase())).toList();
        Direction direction = rated.size() < 2 ? Direction.UNKNOWN : Direction.between(
                rated.get(rated.size() - 2).getAmount(), rated.getLast().getAmount(), measure.getPolarity());
        Person owner = loaded.owners().get(measure.getOwnerId());
        return new MeasureSummary(measure.getId(), measure.getName(), unit, measure.getPolarity(), frequency,
                measure.getOwnerId(), owner == null ? "Someone no longer here" : owner.displayName(),
                measure.getPriorityIds().stream().sorted().toList(), latest == null ? null : latest.getAmount(),
                latest == null ? "No value yet" : unit.format(latest.getAmount()),
                latest == null ? "" : frequency.label(latest.getPeriod()), target(measure), direction, verdict,
                measure.isFamilyExperience(), measure.isPublishable(), measure.isDemo(),
                loaded.mayEdit().test(measure), chart(loaded, measure),
                measure.getOutcomes().isEmpty() ? List.of()
                        : OutcomeMatch.resolve(measure.getOutcomes(), loaded.priorities()));
    }

    MeasureDetails details(Loaded loaded, Measure measure) {
        Unit unit = measure.getUnit();
        Frequency frequency = measure.getFrequency();
        List<ValueLine> lines = loaded.valuesOf(measure).stream().map(v -> line(measure, v, loaded.smallBase()))
                .toList();
        List<BenchmarkLine> marks = loaded.marksOf(measure).stream().map(b -> new BenchmarkLine(
                Frequency.YEARLY.label(new Period(b.getYear(), 1)), format(unit, b.getOwn()),
                format(unit, b.getEngland()), format(unit, b.getRegion()), format(unit, b.getNeighbours()),
                b.getSource(), b.getReleaseDate())).toList();
        Period baseline = measure.getBaselinePeriod();
        String baselineText = measure.getBaselineValue() == null || baseline == null ? "Not set"
                : unit.format(measure.getBaselineValue()) + " (" + frequency.label(baseline) + ")";
        List<String> interims = measure.getInterimTargets().stream().map(i -> unit.format(i.value()) + " by "
                + org.tandem.shared.BritishDates.LONG.format(i.on())).toList();
        return new MeasureDetails(summary(loaded, measure), measure.getDefinition(), measure.getDataSource(),
                baselineText, interims, lines, marks, loaded.smallBase(),
                loaded.mayEdit().test(measure) && !measure.isRetired(), measure.getVersion(), measure.getRetiredOn(),
                loaded.mayRetire(), loaded.mayRetire() && lines.isEmpty());
    }

    static ValueLine line(Measure measure, MeasureValue value, int smallBase) {
        Frequency frequency = measure.getFrequency();
        return new ValueLine(value.getPeriod(), frequency.label(value.getPeriod()), frequency.end(value.getPeriod()),
                value.getAmount(), measure.getUnit().format(value.getAmount()), value.getNumerator(),
                value.getDenominator(), value.smallBase(smallBase), value.isValidated(), value.getNote(),
                value.getEnteredBy(), value.getEnteredAt(), value.getVersion());
    }

    static String target(Measure measure) {
        if (measure.getTargetValue() == null) {
            return "No target";
        }
        return measure.getUnit().format(measure.getTargetValue()) + (measure.getTargetDate() == null ? ""
                : " by " + org.tandem.shared.BritishDates.LONG.format(measure.getTargetDate()));
    }

    private static ChartData chart(Loaded loaded, Measure measure) {
        Frequency frequency = measure.getFrequency();
        List<Point> points = loaded.valuesOf(measure).stream().map(v -> new Point(frequency.end(v.getPeriod()),
                v.getAmount())).toList();
        List<Benchmark> marks = loaded.marksOf(measure).stream().sorted(Comparator.comparingInt(Benchmark::getYear))
                .toList();
        return new ChartData(measure.getName(), measure.getUnit(), points, measure.trajectory().points(),
                measure.getInterimTargets().stream().map(i -> new Point(i.on(), i.value())).toList(),
                series(marks, Benchmark::getEngland), series(marks, Benchmark::getRegion),
                series(marks, Benchmark::getNeighbours));
    }

    private static List<Point> series(List<Benchmark> marks, Function<Benchmark, @Nullable Double> which) {
        List<Point> points = new ArrayList<>();
        for (Benchmark mark : marks) {
            Double value = which.apply(mark);
            if (value != null) {
                points.add(new Point(Frequency.YEARLY.end(new Period(mark.getYear(), 1)), value));
            }
        }
        return points;
    }

    private static @Nullable String format(Unit unit, @Nullable Double value) {
        return value == null ? null : unit.format(value);
    }
}
