package org.tandem.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.people.SystemAuthentication;
import org.tandem.report.ReportBlock;
import org.tandem.report.ReportContext;
import org.tandem.report.ReportIssued;
import org.tandem.report.ReportSection;
import org.tandem.calendar.HalfTermInfo;
import org.tandem.calendar.HalfTermName;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.shared.Rag;
import org.tandem.shared.ValidationProblem;
import org.tandem.support.SignIn;

/** Measures as their owners, admins and the board use them, through the services. */
class MeasureServiceTest extends MeasureIntegrationTest {

    @Autowired
    BenchmarkService benchmarks;
    @Autowired
    PublicProgress progress;
    @Autowired
    MeasureReportPart reportPart;
    @Autowired
    MeasureReminders reminders;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theOwnerEntersAPercentageAsHowManyOfHowManyAndTheDashboardSaysWhyItIsItsColour() {
        long id = given.defined(given.draft("Plans on time"));
        ValueLine saved = given.entered(id, MeasureFixture.SPRING_1, 30, 60);
        assertThat(saved.text()).isEqualTo("50%");
        assertThat(saved.base()).isEqualTo("30 of 60");

        given.as(given.board);
        MeasureSummary summary = details(id).summary();
        // Spring 1 2053/54 ends in February 2054: about 2/9 of the way from 40% to 80%, so about 48.5% is due.
        assertThat(summary.verdict().rag()).isEqualTo(Rag.GREEN);
        assertThat(summary.verdict().why()).contains("50% for Spring 1 2053/54").contains("at or better");
        assertThat(summary.mayEdit()).isFalse();
    }

    @Test
    void aValueOnASmallBaseIsMarkedAndGreyHoweverFarOffTrack() {
        long id = given.defined(given.draft("Small base"));
        ValueLine saved = given.entered(id, MeasureFixture.SPRING_1, 1, 8);
        assertThat(saved.smallBase()).isTrue();
        assertThat(saved.status()).contains("small numbers");
        given.as(given.rep);
        assertThat(details(id).summary().verdict().condition()).isEqualTo(RagRule.Condition.SMALL_NUMBERS);
    }

    @Test
    void noValueForThePeriodJustEndedIsGreyAndTheOwnerIsReminded() {
        long id = given.defined(given.draft("Awaited"));
        given.entered(id, MeasureFixture.AUTUMN_2, 30, 60);
        given.as(given.owner);
        assertThat(details(id).summary().verdict().rag()).isEqualTo(Rag.GREY);
        SignIn.out();
        assertThat(SystemAuthentication.call(() -> reminders.waitingFor(given.owner.id(), MeasureFixture.TODAY)))
                .singleElement().satisfies(r -> assertThat(r.line()).contains("Spring 1 2053/54 is due"));
    }

    @Test
    void aSecondPersonEnteringTheSameValueIsToldAndTheFirstValueIsKept() {
        long id = given.defined(given.draft("Twice"));
        given.entered(id, MeasureFixture.SPRING_1, 30, 60);
        given.as(given.admin);
        assertThatThrownBy(() -> service.enter(new ValueDraft(id, MeasureFixture.SPRING_1, null, 20L, 60L, false,
                "", null))).isInstanceOf(ConcurrentEditException.class);
        assertThat(details(id).values()).singleElement().satisfies(v -> assertThat(v.base()).isEqualTo("30 of 60"));
    }

    @Test
    void aFuturePeriodOrAWrongUnitIsRefusedAndNothingIsSaved() {
        long id = given.defined(given.draft("Refused"));
        given.as(given.owner);
        assertThatThrownBy(() -> service.enter(new ValueDraft(id, new Period(2053, 5), 50.0, null, null, false, "",
                null))).isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.field()).isEqualTo(
                        "period"));
        assertThatThrownBy(() -> service.enter(new ValueDraft(id, MeasureFixture.SPRING_1, 120.0, null, null, false,
                "", null))).hasMessageContaining("from 0 to 100");
        assertThat(details(id).values()).isEmpty();
    }

    @Test
    void anAdminAdoptsALibraryMeasureOnceWithNoFiguresInvented() {
        SignIn.as(given.admin.username(), org.tandem.people.Role.ADMIN);
        LibraryMeasure first = service.library().stream().filter(m -> !m.adopted()).findFirst().orElse(null);
        if (first == null) {
            return; // every library measure is adopted already in this shared database
        }
        long id = service.adopt(first.code());
        assertThat(details(id).values()).isEmpty();
        assertThat(details(id).summary().target()).isEqualTo("No target");
        assertThatThrownBy(() -> service.adopt(first.code())).hasMessageContaining("adopted already");
    }

    @Test
    void anOpenDataFileFillsTheBenchmarksOfTheMeasureWithItsColumnAndSaysWhatItLeftOut() throws Exception {
        MeasureDraft draft = given.draft("Benchmarked");
        String column = "pct_" + java.util.UUID.randomUUID().toString().substring(0, 6);
        draft.setIndicator(column);
        long id = given.defined(draft);
        SignIn.as(given.admin.username(), org.tandem.people.Role.ADMIN);
        SettingsDraft before = benchmarks.settings();
        benchmarks.saveSettings(new SettingsDraft("E06099001", "South West", List.of("E06099002", "E06099003",
                "E06099004"), 10, before.version()));
        String file = BenchmarkFileTest.file().replace("ehcp_20wk_pct", column);
        BenchmarkImportResult result = benchmarks.importFile("ees-tidy-2052.csv",
                file.getBytes(StandardCharsets.UTF_8), LocalDate.of(2052, 6, 20));
        assertThat(result.saved()).isEqualTo(2);
        assertThat(result.skipped()).anyMatch(line -> line.contains("suppressed"));
        BenchmarkLine line = details(id).benchmarks().stream().filter(b -> b.yearLabel().equals("2051/52"))
                .findFirst().orElseThrow();
        assertThat(line.england()).isEqualTo("50.3%");
        assertThat(line.neighbours()).isEqualTo("50%");
        assertThat(line.source()).isEqualTo("ees-tidy-2052.csv, released 20 June 2052");

        BenchmarkImportResult older = benchmarks.importFile("older.csv", file.getBytes(StandardCharsets.UTF_8),
                LocalDate.of(2052, 1, 1));
        assertThat(older.skipped()).anyMatch(l -> l.contains("kept the figures of the later release"));
        assertThatThrownBy(() -> benchmarks.importFile(" ", new byte[0], LocalDate.of(2052, 1, 1)))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.field()).isEqualTo("source"));
    }

    @Test
    void theReportListsMeasuresOffTrajectoryFirstWithTheirChartsAndThePublicPageKeepsWhatItSaw() {
        MeasureDraft behind = given.draft("Behind");
        behind.setPublishable(true);
        long id = given.defined(behind);
        given.entered(id, MeasureFixture.SPRING_1, 10, 60);
        List<ReportSection> sections = SystemAuthentication.call(() -> reportPart.sections(new ReportContext(
                new HalfTermInfo(1, HalfTermName.SPRING_1, "2053/54", LocalDate.of(2054, 1, 5),
                        LocalDate.of(2054, 2, 13), false), MeasureFixture.TODAY, clock.instant(),
                java.util.Map.of(), false)));
        List<ReportBlock> blocks = sections.getFirst().blocks();
        assertThat(blocks).anyMatch(b -> b instanceof ReportBlock.Image image && image.png().length > 1000
                && image.alternative().contains(behind.getName()));
        ReportBlock.Table table = (ReportBlock.Table) blocks.get(1);
        assertThat(table.rows().getFirst().get(5)).startsWith("Red");

        long reportId = 9_000_000L + (System.nanoTime() % 1_000_000);
        // Kept as the report is issued (called directly: a real event would give other modules a report that
        // does not exist).
        SystemAuthentication.run(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            ReportIssued issued = new ReportIssued(reportId, 1, MeasureFixture.latestSnapshotTime());
            progress.keep(issued);
            progress.forget(issued);
        }));
        given.entered(id, MeasureFixture.AUTUMN_2, 59, 60);
        ProgressPage page = progress.page().orElseThrow();
        ProgressPage.PublicMeasure shown = page.priorities().stream().flatMap(p -> p.measures().stream())
                .filter(m -> m.name().equals(behind.getName())).findFirst().orElseThrow();
        assertThat(shown.values()).extracting(ProgressPage.PublicValue::period).containsExactly("Spring 1 2053/54");
        assertThat(shown.rag()).isEqualTo(Rag.RED);
        int priority = page.priorities().indexOf(page.priorities().stream().filter(p -> p.measures()
                .contains(shown)).findFirst().orElseThrow());
        int measure = page.priorities().get(priority).measures().indexOf(shown);
        assertThat(new String(progress.chart(priority, measure), StandardCharsets.UTF_8)).contains("<svg");
        assertThat(progress.feed()).contains(behind.getName()).doesNotContain("<");
    }

    private MeasureDetails details(long id) {
        return service.details(id);
    }
}
