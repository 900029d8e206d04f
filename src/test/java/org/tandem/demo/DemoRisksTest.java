package org.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.action.ActionPlanService;
import org.tandem.people.SystemAuthentication;
import org.tandem.risk.Level;
import org.tandem.risk.RiskFilter;
import org.tandem.risk.RiskRegister;
import org.tandem.risk.RiskRow;
import org.tandem.risk.RiskSeeding;

/** The demo's risk register as a newcomer finds it in late November 2026. */
class DemoRisksTest extends DemoPartnershipTest {

    @Autowired
    RiskSeeding seeding;
    @Autowired
    ActionPlanService plan;
    @Autowired
    RiskRegister register;

    @Override
    void loadModule() {
        new DemoRisks(seeding, users, plan, clock).run(NO_ARGUMENTS);
    }

    @Test
    void fifteenRisksWithAYearOfReviewsSomeEscalatedOneToleratedOneConfidentialAndOneWithFailingMitigation() {
        List<RiskRow> demo = demoRows();
        assertThat(demo).hasSize(15);
        assertThat(demo).filteredOn(RiskRow::escalated).hasSizeBetween(3, 6)
                .allSatisfy(row -> assertThat(row.level()).isEqualTo(Level.BOARD));
        assertThat(demo).filteredOn(RiskRow::tolerated).extracting(RiskRow::reference).containsExactly("R-011");
        assertThat(demo).filteredOn(RiskRow::confidential).extracting(RiskRow::reference).containsExactly("R-006");
        assertThat(demo).filteredOn(row -> row.mitigationFailing() != null).extracting(RiskRow::reference)
                .contains("R-003");
        RiskRow first = demo.stream().filter(row -> row.reference().equals("R-001")).findFirst().orElseThrow();
        assertThat(SystemAuthentication.call(() -> register.reviews(first.id()))).hasSize(4)
                .allSatisfy(review -> assertThat(review.reviewedOn()).isAfter(LocalDate.of(2025, 11, 18)));
    }

    @Test
    void loadingTheDemoAgainChangesNothing() {
        List<RiskRow> before = demoRows();
        loadModule();
        assertThat(demoRows()).isEqualTo(before);
    }

    private List<RiskRow> demoRows() {
        Set<String> demo = DemoRisks.all().stream().map(d -> d.reference() + " " + d.title())
                .collect(Collectors.toSet());
        return SystemAuthentication.call(() -> register.export(RiskFilter.none())).stream()
                .filter(row -> demo.contains(row.reference() + " " + row.title())).toList();
    }
}
