package org.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.transaction.PlatformTransactionManager;
import org.tandem.action.ActionSeeding;
import org.tandem.calendar.CalendarService;
import org.tandem.people.InitialPeople;
import org.tandem.people.SystemAuthentication;
import org.tandem.people.UserService;
import org.tandem.sef.CriterionRow;
import org.tandem.sef.EditionStatus;
import org.tandem.sef.EditionSummary;
import org.tandem.sef.EvidenceService;
import org.tandem.sef.JudgementChange;
import org.tandem.sef.SefFrameworks;
import org.tandem.sef.SefService;
import org.tandem.strategy.StrategySeeding;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;

/** The demo's self-evaluation as a newcomer finds it in late November 2026. */
class DemoSelfEvaluationTest extends IntegrationTest {

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
    SefService sef;
    @Autowired
    SefFrameworks frameworks;
    @Autowired
    EvidenceService evidence;

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
        load();
        assertThat(SystemAuthentication.call(() -> sef.editions())).isEqualTo(before);
    }

    private EditionSummary edition(String year) {
        return SystemAuthentication.call(() -> sef.editions()).stream().filter(e -> e.academicYear().equals(year))
                .findFirst().orElseThrow();
    }

    private void load() {
        new DemoSelfEvaluation(sef, frameworks, evidence, users, clock).run(new DefaultApplicationArguments());
    }
}
