package org.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.tandem.action.ActionFilter;
import org.tandem.action.ActionPlanService;
import org.tandem.action.ActionRow;
import org.tandem.action.ActionSeeding;
import org.tandem.action.ActionStatus;
import org.tandem.action.PriorityCard;
import org.tandem.action.UpdateInfo;
import org.tandem.action.WorkstreamService;
import org.tandem.action.WorkstreamSummary;
import org.tandem.calendar.CalendarService;
import org.tandem.calendar.HalfTermInfo;
import org.tandem.people.InitialPeople;
import org.tandem.people.UserService;
import org.tandem.shared.Rag;
import org.tandem.people.SystemAuthentication;
import org.tandem.strategy.PriorityInfo;
import org.tandem.strategy.StrategyInfo;
import org.tandem.strategy.StrategyService;
import org.tandem.strategy.StrategySeeding;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;

/** The demo as a newcomer finds it in late November 2026, in Autumn 2 of 2026/27. */
@WithMockUser(username = "demo-board-member", roles = "BOARD_MEMBER")
class DemoDataTest extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 19);

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
    StrategyService strategies;
    @Autowired
    WorkstreamService workstreams;
    @Autowired
    ActionPlanService plan;

    private HalfTermInfo autumn1;
    private HalfTermInfo autumn2;

    @BeforeEach
    void theDemoLoadedInAutumnTwo() {
        SystemAuthentication.run(() -> {
            if (calendar.years().stream().noneMatch(year -> year.startYear() == 2026)) {
                calendar.addYear(calendar.typicalYear(2026));
            }
        });
        mutableClock.setDate(TODAY);
        autumn2 = calendar.current().orElseThrow();
        autumn1 = calendar.previous(autumn2).orElseThrow();
        load();
    }

    @AfterEach
    void realTime() {
        mutableClock.reset();
    }

    @Test
    void theCurrentStrategyIsTheApprovedDemoStrategyWithFivePrioritiesAndTheirOutcomes() {
        StrategyInfo strategy = strategies.current().orElseThrow();
        assertThat(strategy.name()).isEqualTo("Riverside SEND and AP Strategy 2025 to 2028");
        assertThat(strategy.approvedBy()).isEqualTo("Riverside SEND and AP Partnership Board");
        assertThat(strategy.approvedOn()).hasYear(2025);
        assertThat(strategy.vision()).isNotBlank();
        assertThat(strategy.principles()).isNotBlank();

        List<PriorityInfo> priorities = strategies.priorities();
        assertThat(priorities).extracting(PriorityInfo::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(priorities).allSatisfy(priority -> {
            assertThat(priority.outcomes()).hasSizeBetween(2, 4);
            assertThat(priority.sponsorId()).isNotNull();
            assertThat(priority.leadOrganisationId()).isNotNull();
        });
    }

    @Test
    void sixWorkstreamsAreEachLedByADemoWorkstreamLead() {
        Set<String> leads = Set.of("Tom Reeves", "Gareth Evans", "Nadia Begum", "Joanna Price");
        List<WorkstreamSummary> demo = demoWorkstreams();
        assertThat(demo).hasSize(6);
        assertThat(demo).allSatisfy(workstream -> {
            assertThat(workstream.lead()).isIn(leads);
            assertThat(workstream.priorityIds()).isNotEmpty();
        });
    }

    @Test
    void aboutFortyActionsEachHaveAnOwnerADueDateAndUpdatesFromTheLastTwoHalfTerms() {
        List<ActionRow> actions = demoActions();
        assertThat(actions).hasSizeBetween(35, 45);
        assertThat(actions).allSatisfy(action -> {
            assertThat(action.owner()).isNotNull();
            assertThat(action.dueDate()).isNotNull();
        });
        Set<Long> halfTermsWithUpdates = actions.stream().flatMap(action -> plan.updates(action.id()).stream())
                .map(UpdateInfo::halfTermId).collect(Collectors.toSet());
        assertThat(halfTermsWithUpdates).containsExactlyInAnyOrder(autumn1.id(), autumn2.id());
    }

    @Test
    void thePlanHasTheUsualMixOfProgressAndProblems() {
        List<ActionRow> actions = demoActions();
        Map<ActionStatus, Long> byStatus = actions.stream()
                .collect(Collectors.groupingBy(ActionRow::status, Collectors.counting()));
        assertThat(byStatus.get(ActionStatus.ON_TRACK)).isGreaterThan(byStatus.get(ActionStatus.AT_RISK));
        assertThat(byStatus.get(ActionStatus.AT_RISK)).isBetween(3L, 8L);
        assertThat(byStatus.get(ActionStatus.OFF_TRACK)).isBetween(1L, 2L);
        assertThat(byStatus.get(ActionStatus.COMPLETE)).isBetween(3L, 7L);
        assertThat(byStatus.get(ActionStatus.CANCELLED)).isEqualTo(1L);
        assertThat(actions).filteredOn(ActionRow::overdue).isNotEmpty()
                .allSatisfy(action -> assertThat(action.dueDate()).isBefore(TODAY));
        assertThat(actions).filteredOn(ActionRow::updateDue).hasSizeBetween(3, 12);

        var completed = actions.stream().filter(action -> action.status() == ActionStatus.COMPLETE)
                .map(action -> plan.details(action.id())).toList();
        assertThat(completed).allSatisfy(action -> {
            assertThat(action.completedOn()).isNotNull().isBeforeOrEqualTo(TODAY);
            assertThat(plan.updates(action.id()).getFirst().status()).isEqualTo(ActionStatus.COMPLETE);
        });
        assertThat(completed).filteredOn(action -> action.signedOffBy() != null).hasSize(1)
                .allSatisfy(action -> assertThat(action.coProducedWith()).isNotEmpty());
        assertThat(actions).filteredOn(action -> action.status() == ActionStatus.CANCELLED)
                .allSatisfy(action -> assertThat(plan.details(action.id()).cancelReason()).isNotBlank());
        assertThat(actions).filteredOn(action -> !plan.details(action.id()).coProducedWith().isEmpty())
                .hasSizeGreaterThan(5);
    }

    @Test
    void theOverviewShowsPrioritiesInRedAndInGreen() {
        List<PriorityCard> cards = plan.overview();
        assertThat(cards).hasSize(5);
        assertThat(cards).extracting(PriorityCard::rag).contains(Rag.RED, Rag.GREEN);
    }

    @Test
    void loadingTheDemoAgainChangesNothing() {
        List<ActionRow> before = demoActions();
        List<Long> versionsBefore = versions(before);
        long updatesBefore = updateCount(before);
        int workstreamsBefore = demoWorkstreams().size();
        List<PriorityInfo> prioritiesBefore = strategies.priorities();

        load();

        List<ActionRow> after = demoActions();
        assertThat(after).isEqualTo(before);
        assertThat(versions(after)).isEqualTo(versionsBefore);
        assertThat(updateCount(after)).isEqualTo(updatesBefore);
        assertThat(demoWorkstreams()).hasSize(workstreamsBefore);
        assertThat(strategies.priorities()).isEqualTo(prioritiesBefore);
        assertThat(strategies.strategies()).filteredOn(strategy -> strategy.name().equals(DemoStrategy.NAME))
                .hasSize(1);
    }

    private void load() {
        new DemoData(people, calendar, users, strategySeeding, actionSeeding, transactions, clock)
                .run(new DefaultApplicationArguments());
    }

    private List<WorkstreamSummary> demoWorkstreams() {
        Set<String> names = java.util.Arrays.stream(DemoWorkstream.values()).map(DemoWorkstream::displayName)
                .collect(Collectors.toSet());
        return workstreams.list().stream().filter(workstream -> names.contains(workstream.name())).toList();
    }

    /** The actions of the demo strategy's priorities, leaving out any that other tests added elsewhere. */
    private List<ActionRow> demoActions() {
        long strategyId = strategies.strategies().stream()
                .filter(strategy -> strategy.name().equals(DemoStrategy.NAME)).findFirst().orElseThrow().id();
        Map<Long, PriorityInfo> priorities = strategies.priorities(strategyId).stream()
                .collect(Collectors.toMap(PriorityInfo::id, Function.identity()));
        return priorities.keySet().stream().sorted()
                .flatMap(id -> plan.list(ActionFilter.none().withPriority(id), PageRequest.of(0, 200)).stream())
                .toList();
    }

    private List<Long> versions(List<ActionRow> actions) {
        return actions.stream().map(action -> plan.details(action.id()).version()).toList();
    }

    private long updateCount(List<ActionRow> actions) {
        return actions.stream().mapToLong(action -> plan.updates(action.id()).size()).sum();
    }
}
