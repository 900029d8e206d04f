package org.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.people.SystemAuthentication;
import org.tandem.sef.CriterionRow;
import org.tandem.sef.EditionStatus;
import org.tandem.sef.EditionSummary;
import org.tandem.sef.EvidenceService;
import org.tandem.sef.JudgementChange;
import org.tandem.sef.SefFrameworks;
import org.tandem.sef.SefService;

/** The demo's self-evaluation as a newcomer finds it in late November 2026. */
class DemoSelfEvaluationTest extends DemoPartnershipTest {

    @Autowired
    SefService sef;
    @Autowired
    SefFrameworks frameworks;
    @Autowired
    EvidenceService evidence;

    @Test
    void sef2025To26IsJudgedEvidencedAndApprovedAndSef2026To27StartsFromIt() {
        EditionSummary approved = edition("2025/26");
        assertThat(approved.status()).isEqualTo(EditionStatus.APPROVED);
        List<CriterionRow> rows = SystemAuthentication.call(() -> sef.overview(approved.id()).rows());
        assertThat(rows).hasSize(11).allSatisfy(row -> {
            assertThat(row.judgement()).isNotNull();
            assertThat(row.owner()).isNotNull();
        });
        assertThat(rows.stream().mapToInt(row -> row.strength().items()).sum()).isBetween(35, 45);
        assertThat(rows).filteredOn(CriterionRow::hasGaps).isNotEmpty();

        EditionSummary next = edition("2026/27");
        assertThat(next.status()).isEqualTo(EditionStatus.DRAFT);
        List<JudgementChange> changes = SystemAuthentication.call(() -> sef.compare(approved.id(), next.id()));
        assertThat(changes).filteredOn(JudgementChange::changed).hasSize(3);
    }

    @Test
    void loadingTheDemoAgainChangesNothing() {
        List<EditionSummary> before = SystemAuthentication.call(() -> sef.editions());
        loadModule();
        assertThat(SystemAuthentication.call(() -> sef.editions())).isEqualTo(before);
    }

    private EditionSummary edition(String year) {
        return SystemAuthentication.call(() -> sef.editions()).stream().filter(e -> e.academicYear().equals(year))
                .findFirst().orElseThrow();
    }

    @Override
    void loadModule() {
        new DemoSelfEvaluation(sef, frameworks, evidence, users, clock).run(NO_ARGUMENTS);
    }
}
