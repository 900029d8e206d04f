package org.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.tandem.action.ActionSeeding;
import org.tandem.calendar.CalendarService;
import org.tandem.feedback.FeedbackFilter;
import org.tandem.feedback.FeedbackRegister;
import org.tandem.feedback.FeedbackRow;
import org.tandem.feedback.FeedbackSeeding;
import org.tandem.feedback.FeedbackService;
import org.tandem.feedback.PublicFeedback;
import org.tandem.feedback.PublicEntry;
import org.tandem.feedback.Stage;
import org.tandem.people.InitialPeople;
import org.tandem.people.OrganisationService;
import org.tandem.people.UserService;
import org.tandem.people.SystemAuthentication;
import org.tandem.strategy.StrategySeeding;
import org.tandem.strategy.StrategyService;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;

/** The demo's "you said, we did" as a newcomer finds it in late November 2026. */
@WithMockUser(username = "demo-board-member", roles = "BOARD_MEMBER")
class DemoFeedbackTest extends IntegrationTest {

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
    FeedbackSeeding seeding;
    @Autowired
    OrganisationService organisations;
    @Autowired
    StrategyService strategy;
    @Autowired
    FeedbackRegister register;
    @Autowired
    FeedbackService service;
    @Autowired
    PublicFeedback publicFeedback;

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
        load();
    }

    @AfterEach
    void realTime() {
        mutableClock.reset();
    }

    @Test
    void aboutThirtyItemsCoverEveryStageAndSomeWaitPastTheirResponseTime() {
        List<FeedbackRow> demo = demoRows();
        assertThat(demo).hasSizeBetween(28, 32);
        Set<Stage> stages = demo.stream().map(FeedbackRow::stage).collect(Collectors.toSet());
        assertThat(stages).isEqualTo(EnumSet.allOf(Stage.class));
        assertThat(demo).filteredOn(FeedbackRow::overdue).hasSizeBetween(2, 6)
                .allSatisfy(row -> assertThat(row.stage().awaitsResponse()).isTrue());
    }

    @Test
    void everythingPublishedIsOnThePublicPageAndPassesThePersonalDataCheck() {
        Map<Stage, Long> byStage = demoRows().stream()
                .collect(Collectors.groupingBy(FeedbackRow::stage, Collectors.counting()));
        Set<String> demoWording = DemoFeedback.items().stream().map(DemoFeedback.Item::youSaid)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        List<PublicEntry> entries = publicFeedback.entries().stream()
                .filter(entry -> demoWording.contains(entry.youSaid())).toList();
        assertThat(entries).hasSize(byStage.get(Stage.PUBLISHED).intValue());
        SystemAuthentication.run(() -> assertThat(entries).allSatisfy(entry ->
                assertThat(service.findings(entry.youSaid(), entry.weDid())).isEmpty()));
    }

    @Test
    void loadingTheDemoAgainChangesNothing() {
        List<FeedbackRow> before = demoRows();
        load();
        assertThat(demoRows()).isEqualTo(before);
    }

    private void load() {
        new DemoFeedback(seeding, users, organisations, strategy, clock).run(new DefaultApplicationArguments());
    }

    private List<FeedbackRow> demoRows() {
        Set<String> said = DemoFeedback.items().stream().map(DemoFeedback.Item::said).collect(Collectors.toSet());
        return register.list(FeedbackFilter.none(), PageRequest.of(0, 1000)).stream()
                .filter(row -> said.contains(row.whatWasSaid())).toList();
    }
}
