package org.tandem.action;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.bench.ActionPlanSteps;
import org.tandem.bench.GeneratedPartnershipTest;
import org.tandem.bench.LargePartnership;
import org.tandem.support.SignIn;
import org.tandem.support.SqlStatements;

/**
 * Each thing a person does on the action plan runs as many SQL statements on a partnership ten times larger:
 * 30 actions with 60 updates, then 300 actions with 3,000 updates (more priorities, workstreams and people too).
 *
 * <p>Where src/main still runs a statement per row, the step is listed in {@link #KNOWN_GROWTH} with its counts
 * and the cause, and its test is skipped with that cause (so the report shows it) while the counts stay exactly
 * as recorded. It passes once the counts are equal, and fails if they change any other way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActionPlanQueryCountTest extends GeneratedPartnershipTest {

    private static final String ROLES = "UserService.people() loads owners with findAllById, and UserAccount.roles"
            + " (EAGER) then costs one 'select from user_role' per owner shown";
    private static final String OUTCOMES = "StrategyService.prioritiesById() (findAllById) and priorities()"
            + " (Priorities.findByStrategy) do not fetch Priority.outcomes (EAGER): one 'select from"
            + " priority_outcome' per priority";
    private static final String PAGE_COUNT = "ActionPlanService.list() reads a Page (ActionItems.findAll(spec,"
            + " pageable)), which runs its own 'select count' whenever the page is full, on top of count()";

    private static final Map<String, KnownGrowth> KNOWN_GROWTH = Map.of(
            "open the action plan", new KnownGrowth(23, 44, ROLES, OUTCOMES, PAGE_COUNT),
            "filter by priority and status", new KnownGrowth(12, 13, ROLES, OUTCOMES),
            "filter by update overdue", new KnownGrowth(17, 56, ROLES, OUTCOMES, PAGE_COUNT),
            "open an action page", new KnownGrowth(36, 85,
                    "updates() reads each update's half-term with calendar.halfTerm(id), and its academic year"
                            + " lazily: one or two statements per half-term",
                    "history() asks Envers once per update (auditHistory.of(ProgressUpdate.class, id)), and"
                            + " AuditHistory.differences() initialises each revision's lazy 'action' proxy",
                    "AuditHistory.differences() renders every attribute of each ActionItem revision, which loads"
                            + " its workstream_aud, action_partner_aud and action_coproduction_aud rows: three"
                            + " statements per revision of the action"),
            "priorities overview", new KnownGrowth(6, 15, OUTCOMES),
            "my actions (a workstream lead)", new KnownGrowth(17, 18, OUTCOMES));

    @Autowired
    ActionPlanService plan;

    private final Map<String, SqlStatements.Counted<Integer>> small = new LinkedHashMap<>();
    private final Map<String, SqlStatements.Counted<Integer>> grown = new LinkedHashMap<>();

    @BeforeAll
    void countOnASmallPartnershipThenOnOneTenTimesLarger() {
        count(LargePartnership.Size.SMALL, small);
        count(LargePartnership.Size.GROWN, grown);
        SignIn.out();
        System.out.println("SQL statements per step (items shown), small -> grown:");
        small.forEach((step, counted) -> System.out.printf("  %-32s %3d (%3d) -> %3d (%3d)%n", step,
                counted.statements(), counted.result(), grown.get(step).statements(), grown.get(step).result()));
    }

    @Test
    void openingTheActionPlanRunsAsManyStatementsOnTenTimesTheActions() {
        assertSameCount("open the action plan");
    }

    @Test
    void filteringByPriorityAndStatusRunsAsManyStatementsOnTenTimesTheActions() {
        assertSameCount("filter by priority and status");
    }

    @Test
    void filteringByUpdateOverdueRunsAsManyStatementsOnTenTimesTheActions() {
        assertSameCount("filter by update overdue");
    }

    @Test
    void openingAnActionPageRunsAsManyStatementsOnTenTimesTheUpdates() {
        assertSameCount("open an action page");
    }

    @Test
    void thePrioritiesOverviewRunsAsManyStatementsOnFourTimesThePriorities() {
        assertSameCount("priorities overview");
    }

    @Test
    void aLeadsOwnActionsRunAsManyStatementsOnTenTimesTheActions() {
        assertSameCount("my actions (a workstream lead)");
    }

    private void count(LargePartnership.Size size, Map<String, SqlStatements.Counted<Integer>> into) {
        LargePartnership.Generated partnership = generate(size);
        for (ActionPlanSteps.Step step : ActionPlanSteps.of(plan, partnership)) {
            step.run(0);
            into.put(step.name(), SqlStatements.count(() -> step.run(0)));
        }
    }

    private void assertSameCount(String step) {
        int before = small.get(step).statements();
        int after = grown.get(step).statements();
        if (before == after) {
            return;
        }
        KnownGrowth known = KNOWN_GROWTH.get(step);
        if (known != null && known.small() == before && known.grown() == after) {
            abort("Known: " + step + " grows from " + before + " to " + after + " statements because "
                    + String.join("; ", known.causes()) + ". The fix belongs in src/main (docs/performance.md).");
        }
        fail("%s ran %d statements on the small partnership and %d on the grown one%s.%nOn the grown one:%n%s",
                step, before, after, known == null ? "" : " (recorded: %d and %d; if src/main improved, lower"
                        .formatted(known.small(), known.grown()) + " the numbers in KNOWN_GROWTH)",
                grouped(grown.get(step).sql()));
    }

    private static String grouped(List<String> sql) {
        return sql.stream().collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new,
                Collectors.counting())).entrySet().stream()
                .map(entry -> "%4d x %s".formatted(entry.getValue(), entry.getKey()))
                .collect(Collectors.joining("\n"));
    }

    /** A step that src/main makes grow today: its counts on the two partnerships, and why. */
    private record KnownGrowth(int small, int grown, String... causes) {
    }
}
