package org.tandem.sef;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.bench.GeneratedPartnershipTest;
import org.tandem.bench.LargePartnership;
import org.tandem.people.Role;
import org.tandem.support.SignIn;
import org.tandem.support.SqlStatements;

/**
 * The overview (which is also the gap view), a criterion page and the evidence library's first page run as many SQL
 * statements on a small self-evaluation (12 criteria, 100 evidence items, 2 editions) as on the issue's size
 * (60 criteria, 2,000 evidence items, 5 editions).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SefQueryCountTest extends GeneratedPartnershipTest {

    @Autowired
    SefService sef;
    @Autowired
    EvidenceService evidence;

    private final Map<String, SqlStatements.Counted<Integer>> small = new LinkedHashMap<>();
    private final Map<String, SqlStatements.Counted<Integer>> grown = new LinkedHashMap<>();

    @BeforeAll
    void countOnASmallSefThenOnTheIssuesSize() {
        count(LargePartnership.Size.SMALL, 12, 100, 2, small);
        count(LargePartnership.Size.GROWN, 60, 2_000, 5, grown);
        SignIn.out();
        System.out.println("SEF SQL statements per step (items shown), small -> grown:");
        small.forEach((step, counted) -> System.out.printf("  %-24s %3d (%3d) -> %3d (%3d)%n", step,
                counted.statements(), counted.result(), grown.get(step).statements(), grown.get(step).result()));
    }

    @Test
    void theOverviewAndGapViewRunAsManyStatementsOnTheIssuesSize() {
        assertSameCount("overview and gap view");
    }

    @Test
    void aCriterionPageRunsAsManyStatementsOnTheIssuesSize() {
        assertSameCount("criterion page");
    }

    @Test
    void theEvidenceLibrarysFirstPageRunsAsManyStatementsOnTheIssuesSize() {
        assertSameCount("evidence library page");
    }

    private void count(LargePartnership.Size size, int criteria, int evidence, int editions,
            Map<String, SqlStatements.Counted<Integer>> into) {
        LargePartnership.Generated partnership = generate(size);
        SefBenchData.Sef generated = SefBenchData.generate(jdbc, partnership.today(), partnership.actionIds(),
                criteria, evidence, editions);
        SignIn.as(partnership.admin(), Role.ADMIN);
        for (Map.Entry<String, IntSupplier> step : steps(generated).entrySet()) {
            step.getValue().getAsInt();
            into.put(step.getKey(), SqlStatements.count(() -> step.getValue().getAsInt()));
        }
    }

    Map<String, IntSupplier> steps(SefBenchData.Sef generated) {
        Map<String, IntSupplier> steps = new LinkedHashMap<>();
        steps.put("overview and gap view", () -> sef.overview(generated.current()).withGaps().size());
        steps.put("criterion page", () -> sef.criterion(generated.typicalEvaluationId()).evidence().size());
        steps.put("evidence library page", () -> evidence.list(EvidenceFilter.none(),
                org.springframework.data.domain.PageRequest.of(0, 50)).getNumberOfElements());
        return steps;
    }

    private void assertSameCount(String step) {
        assertThat(grown.get(step).statements()).as("%s on the grown SEF; its statements:%n%s", step,
                String.join("\n", grown.get(step).sql())).isEqualTo(small.get(step).statements());
        assertThat(grown.get(step).statements()).as("statements of " + step).isLessThan(25);
    }
}
