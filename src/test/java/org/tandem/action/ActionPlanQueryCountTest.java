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
 * <p>A step whose count grows fails with the statements it ran, grouped. ({@link #KNOWN_GROWTH} can list a step
 * that is known to grow, with its counts and cause, to skip it with that cause while the fix is pending.) The
 * history of an action, read only when asked for, grows with that action's own changes and is not asserted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActionPlanQueryCountTest extends GeneratedPartnershipTest {

    /** Steps whose count still grows, with the cause; empty since src/main fetches what each screen needs. */
    private static final Map<String, KnownGrowth> KNOWN_GROWTH = Map.of();

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
