package org.tandem.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.tandem.action.ActionDraft;
import org.tandem.action.ActionService;
import org.tandem.action.WorkstreamService;
import org.tandem.calendar.CalendarService;
import org.tandem.people.InitialPeople;
import org.tandem.people.Person;
import org.tandem.people.Role;
import org.tandem.people.UserService;
import org.tandem.people.SystemAuthentication;
import org.tandem.strategy.PriorityDraft;
import org.tandem.strategy.StrategyDraft;
import org.tandem.strategy.StrategyService;

/**
 * Builds a small plan for a test: its own strategy (made current), priorities, a workstream led by a fresh
 * lead, and actions. Names are unique, since all tests share one database.
 */
@Component
public class PlanFixture {

    private static final AtomicInteger NUMBERS = new AtomicInteger(1);
    public static final String PASSWORD = "a long enough test passphrase";

    private final StrategyService strategies;
    private final WorkstreamService workstreams;
    private final ActionService actions;
    private final InitialPeople people;
    private final UserService users;
    private final CalendarService calendar;

    PlanFixture(StrategyService strategies, WorkstreamService workstreams, ActionService actions,
            InitialPeople people, UserService users, CalendarService calendar) {
        this.strategies = strategies;
        this.workstreams = workstreams;
        this.actions = actions;
        this.people = people;
        this.users = users;
        this.calendar = calendar;
    }

    /** A plan: strategy, one priority, a workstream with its lead, ready for actions. */
    public Plan plan(String name) {
        return SystemAuthentication.call(() -> {
            StrategyDraft draft = new StrategyDraft();
            draft.setName(name + " strategy " + NUMBERS.get());
            draft.setPeriodFrom(LocalDate.of(2030, 1, 1));
            draft.setPeriodTo(LocalDate.of(2040, 12, 31));
            long strategyId = strategies.createStrategy(draft);
            strategies.makeCurrent(strategyId);
            long priorityId = priority(name + " priority");
            String leadName = IntegrationTest.unique("lead");
            people.user(leadName, "Lead " + leadName, null, null, PASSWORD, List.of(Role.WORKSTREAM_LEAD));
            Person lead = users.peopleWithRole(Role.WORKSTREAM_LEAD).stream()
                    .filter(p -> p.username().equals(leadName)).findFirst().orElseThrow();
            long workstreamId = workstreams.create(IntegrationTest.unique(name + " workstream"), "For tests",
                    lead.id(), Set.of(lead.id()), Set.of(priorityId));
            return new Plan(strategyId, priorityId, workstreamId, lead);
        });
    }

    public long priority(String title) {
        return SystemAuthentication.call(() -> {
            PriorityDraft draft = new PriorityDraft();
            draft.setNumber(strategies.priorities().size() + 1);
            draft.setTitle(title);
            draft.setOutcomesText("Children are heard\nFamilies wait less");
            return strategies.addPriority(draft);
        });
    }

    public long action(Plan plan, String title, LocalDate start, LocalDate due) {
        return SystemAuthentication.call(() -> {
            ActionDraft draft = new ActionDraft();
            draft.setTitle(title);
            draft.setPriorityId(plan.priorityId());
            draft.setWorkstreamId(plan.workstreamId());
            draft.setOwnerId(plan.lead().id());
            draft.setStartDate(start);
            draft.setDueDate(due);
            return actions.create(draft);
        });
    }

    /**
     * An action with a reference of its own ("T-…"): numbered references ("1.3") are the demo plan's, and the demo
     * loader skips any it finds taken in the database the tests share.
     */
    public long ownAction(Plan plan, String title, LocalDate start, LocalDate due) {
        return SystemAuthentication.call(() -> {
            ActionDraft draft = new ActionDraft();
            draft.setReference(IntegrationTest.unique("T"));
            draft.setTitle(title);
            draft.setPriorityId(plan.priorityId());
            draft.setWorkstreamId(plan.workstreamId());
            draft.setOwnerId(plan.lead().id());
            draft.setStartDate(start);
            draft.setDueDate(due);
            return actions.create(draft);
        });
    }

    /** A school year for the plan's tests, far from other tests' years; the clock should be set inside it. */
    public void year(int startYear) {
        SystemAuthentication.run(() -> {
            if (calendar.years().stream().noneMatch(year -> year.startYear() == startYear)) {
                calendar.addYear(calendar.typicalYear(startYear));
            }
        });
    }

    public void makeCurrent(Plan plan) {
        SystemAuthentication.run(() -> strategies.makeCurrent(plan.strategyId()));
    }

    public record Plan(long strategyId, long priorityId, long workstreamId, Person lead) {
    }
}
