package org.tandem.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.measure.Frequency;
import org.tandem.measure.InterimTarget;
import org.tandem.measure.MeasureDraft;
import org.tandem.measure.MeasureSeed;
import org.tandem.measure.MeasureSeeding;
import org.tandem.measure.Period;
import org.tandem.measure.Polarity;
import org.tandem.measure.Unit;
import org.tandem.people.Person;
import org.tandem.people.SystemAuthentication;
import org.tandem.people.UserService;
import org.tandem.strategy.PriorityInfo;
import org.tandem.strategy.StrategyService;

/**
 * Riverside's measures of success: twelve measures with two years of values and, for some, benchmarks. Every
 * figure is made up to show how the screens behave (one measure on track, some behind, one on small numbers,
 * one watched and not rated) and is marked as demo data. Runs after the risks and before the report, so that
 * the demo's issued report and the public progress page show them.
 */
@Component
@Profile("default")
@Order(35)
class DemoMeasures implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMeasures.class);
    static final String SOURCE = "Illustrative demo figures, not published statistics";

    private final MeasureSeeding seeding;
    private final UserService users;
    private final StrategyService strategy;
    private final Clock clock;

    DemoMeasures(MeasureSeeding seeding, UserService users, StrategyService strategy, Clock clock) {
        this.seeding = seeding;
        this.users = users;
        this.strategy = strategy;
        this.clock = clock;
    }

    /** Name, unit, polarity, frequency, owner, first and latest value, target, priority, public, experience. */
    record Demo(String name, String definition, Unit unit, Polarity polarity, Frequency frequency, String owner,
            double first, double latest, @Nullable Double target, int priority, boolean publishable,
            boolean experience, long base, @Nullable double[] benchmarks) {
    }

    static List<Demo> all() {
        return List.of(
                new Demo("EHC plans issued within 20 weeks", "Of new EHC plans issued in the half-term, the "
                        + "share issued within 20 weeks of the request, leaving out the exceptions.", Unit.PERCENT,
                        Polarity.HIGHER_IS_BETTER, Frequency.HALF_TERMLY, "gareth.evans", 38, 55, 70.0, 1, true,
                        false, 64, new double[] {50.3, 47.9, 44.0}),
                new Demo("Weeks waited for a neurodevelopmental assessment", "Median weeks from referral to the "
                        + "start of an autism or ADHD assessment.", Unit.WEEKS, Polarity.LOWER_IS_BETTER,
                        Frequency.HALF_TERMLY, "nadia.begum", 68, 74, 40.0, 2, true, false, 0, null),
                new Demo("Young people aged 16 and 17 with SEND in education or work", "Share of young "
                        + "people aged 16 and 17 with SEND known to be in education, employment or training.",
                        Unit.PERCENT, Polarity.HIGHER_IS_BETTER, Frequency.TERMLY, "joanna.price", 84, 87.5, 92.0,
                        3, true, false, 420, new double[] {88.1, 87.4, 86.0}),
                new Demo("Suspensions of pupils with EHC plans", "Suspensions of pupils with an EHC plan per 10,000 "
                        + "pupils with an EHC plan.", Unit.RATE_PER_10000, Polarity.LOWER_IS_BETTER,
                        Frequency.YEARLY, "gareth.evans", 3200, 3050, 2500.0, 1, false, false, 2400,
                        new double[] {2900, 3100, 3300}),
                new Demo("Young people on supported internships", "Young people with an EHC plan on a supported "
                        + "internship during the year.", Unit.NUMBER, Polarity.HIGHER_IS_BETTER, Frequency.YEARLY,
                        "joanna.price", 18, 27, 40.0, 3, true, false, 0, null),
                new Demo("Share of pupils with EHC plans in mainstream schools", "Share of pupils with an EHC plan who "
                        + "attend a mainstream school.", Unit.PERCENT, Polarity.HIGHER_IS_BETTER, Frequency.YEARLY,
                        "gareth.evans", 39, 41, 48.0, 1, true, false, 2400, new double[] {41.2, 40.1, 42.5}),
                new Demo("Parent carers satisfied with their child's support", "Share of parent carers answering "
                        + "the forum's survey who are satisfied or very satisfied.", Unit.PERCENT,
                        Polarity.HIGHER_IS_BETTER, Frequency.TERMLY, "chris.obi", 41, 49, 60.0, 4, true, true, 180,
                        null),
                new Demo("Learning disability annual health checks, 14 and over", "Share of people "
                        + "aged 14 and over on a GP learning disability register who had a health check.",
                        Unit.PERCENT, Polarity.HIGHER_IS_BETTER, Frequency.TERMLY, "nadia.begum", 62, 71, 75.0, 2,
                        true, false, 350, new double[] {76.0, 74.2, 73.1}),
                new Demo("Young people who felt listened to at their EHC plan review", "Share of young people "
                        + "answering the review survey who said they were listened to.", Unit.PERCENT,
                        Polarity.HIGHER_IS_BETTER, Frequency.TERMLY, "kai.thompson", 55, 62, 75.0, 4, true, true,
                        -8, null),
                new Demo("Requests for an EHC needs assessment", "New requests for an education, health and care "
                        + "needs assessment received in the half-term.", Unit.NUMBER, Polarity.NEITHER,
                        Frequency.HALF_TERMLY, "gareth.evans", 140, 165, null, 1, false, false, 0, null),
                new Demo("Pupils with EHC plans in alternative provision over six weeks", "Pupils with an EHC plan "
                        + "placed in alternative provision for more than six weeks.", Unit.NUMBER,
                        Polarity.LOWER_IS_BETTER, Frequency.HALF_TERMLY, "gareth.evans", 46, 41, 30.0, 5, false,
                        false, 0, null),
                new Demo("Days to a first reply from SENDIASS", "Average working days from a family's first "
                        + "contact to the information, advice and support service's reply.", Unit.DAYS,
                        Polarity.LOWER_IS_BETTER, Frequency.HALF_TERMLY, "lucy.mills", 9, 6, 5.0, 4, true, true, 0,
                        null));
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.run(() -> {
            LocalDate today = LocalDate.now(clock);
            Map<String, Person> people = users.everyone().stream().collect(Collectors.toMap(Person::username,
                    Function.identity()));
            List<PriorityInfo> priorities = strategy.priorities();
            int added = 0;
            for (Demo demo : all()) {
                Person owner = people.get(demo.owner());
                if (owner != null && seeding.seed(seed(demo, owner, today, priorities))) {
                    added++;
                }
            }
            if (added > 0) {
                log.info("Demo: added {} measures of success (illustrative figures)", added);
            }
        });
    }

    static MeasureSeed seed(Demo demo, Person owner, LocalDate today, List<PriorityInfo> priorities) {
        Frequency frequency = demo.frequency();
        int count = frequency.periodsPerYear() * 2;
        Period last = frequency.due(today);
        List<Period> periods = new ArrayList<>();
        Period period = last;
        for (int i = 0; i < count; i++) {
            periods.addFirst(period);
            period = frequency.previous(period);
        }
        Period baseline = period;
        MeasureDraft draft = new MeasureDraft();
        draft.setName(demo.name());
        draft.setDefinition(demo.definition() + " (Demo data: the figures are illustrative.)");
        draft.setUnit(demo.unit());
        draft.setPolarity(demo.polarity());
        draft.setFrequency(frequency);
        draft.setDataSource(SOURCE);
        draft.setOwnerId(owner.id());
        if (!priorities.isEmpty()) {
            draft.setPriorityIds(Set.of(priorities.get((demo.priority() - 1) % priorities.size()).id()));
        }
        draft.setBaselineValue(demo.first());
        draft.setBaselineYear(baseline.year());
        draft.setBaselineIndex(baseline.index());
        if (demo.target() != null) {
            LocalDate targetOn = frequency.end(last).plusYears(2);
            draft.setTargetValue(demo.target());
            draft.setTargetDate(targetOn);
            double halfWay = demo.first() + (demo.target() - demo.first()) / 2;
            draft.setInterimTargets(List.of(new InterimTarget(frequency.end(last).plusYears(1), halfWay)));
        }
        draft.setPublishable(demo.publishable());
        draft.setFamilyExperience(demo.experience());
        List<MeasureSeed.Value> values = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            double share = (i + 1) / (double) periods.size();
            // A gentle wobble so the trend is not a ruler's line.
            double wobble = (i % 3 == 1 ? 1 : i % 3 == 2 ? -1 : 0) * Math.abs(demo.latest() - demo.first()) * 0.08;
            double value = i == periods.size() - 1 ? demo.latest()
                    : demo.first() + (demo.latest() - demo.first()) * share + wobble;
            boolean validated = i < periods.size() - 1;
            long base = Math.abs(demo.base());
            boolean smallLast = demo.base() < 0 && i == periods.size() - 1;
            if (demo.unit().hasBase() && base > 0 || demo.base() < 0) {
                long denominator = smallLast ? base : (demo.base() < 0 ? 40 + i : base + (i % 4) * 3);
                long numerator = Math.round(value * denominator / (demo.unit() == Unit.PERCENT ? 100 : 10_000));
                double exact = numerator * (demo.unit() == Unit.PERCENT ? 100.0 : 10_000.0) / denominator;
                values.add(new MeasureSeed.Value(periods.get(i), exact, numerator, denominator, validated));
            } else {
                values.add(new MeasureSeed.Value(periods.get(i), demo.unit() == Unit.NUMBER ? Math.round(value)
                        : Math.round(value * 10) / 10.0, null, null, validated));
            }
        }
        List<MeasureSeed.Mark> marks = new ArrayList<>();
        if (demo.benchmarks() != null) {
            double[] b = demo.benchmarks();
            for (int y = 0; y < 2; y++) {
                double drift = y == 0 ? -1.5 : 0;
                marks.add(new MeasureSeed.Mark(last.year() - 1 + y, b[0] + drift, b[1] + drift, b[2] + drift,
                        values.get(values.size() - 1 - (1 - y) * frequency.periodsPerYear()).value(), SOURCE));
            }
        }
        return new MeasureSeed(draft, values, marks);
    }
}
