package org.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.transaction.PlatformTransactionManager;
import org.tandem.action.ActionSeeding;
import org.tandem.calendar.CalendarService;
import org.tandem.measure.MeasureFilter;
import org.tandem.measure.MeasureSeeding;
import org.tandem.measure.MeasureService;
import org.tandem.measure.MeasureSummary;
import org.tandem.people.InitialPeople;
import org.tandem.people.SystemAuthentication;
import org.tandem.people.UserService;
import org.tandem.shared.Rag;
import org.tandem.strategy.StrategySeeding;
import org.tandem.strategy.StrategyService;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;

/** The demo's measures of success as a newcomer finds them in late November 2026. */
class DemoMeasuresTest extends IntegrationTest {

    @Autowired
    InitialPeople people;
    @Autowired
    CalendarService calendar;
    @Autowired
    UserService users;
    @Autowired
    StrategySeeding strategySeeding;
    @Autowired
    ActionSeeding actionSeeding;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;
    @Autowired
    MutableClock mutableClock;
    @Autowired
    MeasureSeeding seeding;
    @Autowired
    MeasureService measures;
    @Autowired
    StrategyService strategy;

    @BeforeEach
    void theDemoLoaded() {
        SystemAuthentication.run(() -> {
            if (calendar.years().stream().noneMatch(year -> year.startYear() == 2026)) {
                calendar.addYear(calendar.typicalYear(2026));
            }
        });
        mutableClock.setDate(LocalDate.of(2026, 11, 19));
        new DemoData(people, calendar, users, strategySeeding, actionSeeding, transactions, clock)
                .run(new DefaultApplicationArguments());
        new DemoMeasures(seeding, users, strategy, clock).run(new DefaultApplicationArguments());
    }

    @AfterEach
    void realTime() {
        mutableClock.reset();
    }

    @Test
    void twelveMeasuresWithTwoYearsOfIllustrativeValuesMarkedAsDemoDataInEveryColour() {
        List<MeasureSummary> demo = demo();
        assertThat(demo).hasSize(12).allSatisfy(m -> assertThat(m.demo()).isTrue());
        assertThat(demo).extracting(m -> m.verdict().rag()).contains(Rag.RED, Rag.GREEN, Rag.GREY);
        assertThat(demo).anyMatch(m -> m.verdict().why().contains("too few to rate"));
        MeasureSummary plans = demo.stream().filter(m -> m.name().equals("EHC plans issued within 20 weeks"))
                .findFirst().orElseThrow();
        var details = SystemAuthentication.call(() -> measures.details(plans.id()));
        assertThat(details.values()).hasSize(12);
        assertThat(details.benchmarks()).hasSize(2)
                .allSatisfy(b -> assertThat(b.source()).contains("Illustrative demo figures"));
    }

    @Test
    void loadingTheDemoAgainChangesNothing() {
        List<MeasureSummary> before = demo();
        new DemoMeasures(seeding, users, strategy, clock).run(new DefaultApplicationArguments());
        assertThat(demo()).hasSameSizeAs(before);
    }

    private List<MeasureSummary> demo() {
        Set<String> names = DemoMeasures.all().stream().map(DemoMeasures.Demo::name).collect(Collectors.toSet());
        return SystemAuthentication.call(() -> measures.dashboard(MeasureFilter.none())).stream()
                .flatMap(g -> g.measures().stream()).filter(m -> names.contains(m.name())).distinct().toList();
    }
}
