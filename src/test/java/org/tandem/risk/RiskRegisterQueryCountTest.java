package org.tandem.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.bench.GeneratedPartnershipTest;
import org.tandem.bench.LargePartnership;
import org.tandem.bench.RiskRegisterData;
import org.tandem.calendar.CalendarService;
import org.tandem.calendar.HalfTermInfo;
import org.tandem.people.SystemAuthentication;
import org.tandem.support.SignIn;
import org.tandem.support.SqlStatements;

/**
 * The register's first page, the heat map, a risk page and the report's section each run as many SQL statements
 * on a register ten times larger: 50 risks with 500 reviews and 4 reports' snapshots, then 500 risks with 5,000
 * reviews and 40 reports' snapshots (on a partnership ten times larger too).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RiskRegisterQueryCountTest extends GeneratedPartnershipTest {

    @Autowired
    RiskRegister register;
    @Autowired
    RiskHeatMap heatMap;
    @Autowired
    RiskReportPart part;
    @Autowired
    CalendarService calendar;

    private final Map<String, SqlStatements.Counted<Integer>> small = new LinkedHashMap<>();
    private final Map<String, SqlStatements.Counted<Integer>> grown = new LinkedHashMap<>();

    @BeforeAll
    void countOnASmallRegisterThenOnOneTenTimesLarger() {
        count(LargePartnership.Size.SMALL, 50, 4, small);
        count(LargePartnership.Size.GROWN, 500, 40, grown);
        SignIn.out();
        System.out.println("Risk register SQL statements per step (items shown), small -> grown:");
        small.forEach((step, counted) -> System.out.printf("  %-34s %3d (%3d) -> %3d (%3d)%n", step,
                counted.statements(), counted.result(), grown.get(step).statements(), grown.get(step).result()));
    }

    @Test
    void theRegistersFirstPageRunsAsManyStatementsOnTenTimesTheRisks() {
        assertSameCount("open the register (first page)");
    }

    @Test
    void filteringByAppetiteAndFailingMitigationRunsAsManyStatementsOnTenTimesTheRisks() {
        assertSameCount("filter: above appetite, failing");
    }

    @Test
    void theHeatMapRunsAsManyStatementsOnTenTimesTheRisks() {
        assertSameCount("heat map");
    }

    @Test
    void aRiskPageRunsAsManyStatementsOnTenTimesTheReviewsAndReports() {
        assertSameCount("open a risk page");
    }

    @Test
    void theReportsRiskSectionRunsAsManyStatementsOnTenTimesTheRisks() {
        assertSameCount("report's risk section");
    }

    private void count(LargePartnership.Size size, int risks, int reports,
            Map<String, SqlStatements.Counted<Integer>> into) {
        LargePartnership.Generated partnership = generate(size);
        RiskRegisterData.Register generated = RiskRegisterData.generate(jdbc, partnership, risks, 10, reports);
        HalfTermInfo halfTerm = SystemAuthentication.call(() -> calendar.halfTerm(partnership.currentHalfTermId())
                .orElseThrow());
        for (RiskBenchSteps.Step step : RiskBenchSteps.of(register, heatMap, part, partnership.admin(),
                generated.typicalRiskId(), halfTerm)) {
            step.run().getAsInt();
            into.put(step.name(), SqlStatements.count(() -> step.run().getAsInt()));
        }
    }

    private void assertSameCount(String step) {
        assertThat(grown.get(step).statements()).as("%s on the grown register; its statements:%n%s", step,
                String.join("\n", grown.get(step).sql())).isEqualTo(small.get(step).statements());
    }
}
