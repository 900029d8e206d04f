package org.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.action.ActionPlanService;
import org.tandem.action.ActionService;
import org.tandem.action.ActionStatus;
import org.tandem.action.UpdateDraft;
import org.tandem.calendar.CalendarService;
import org.tandem.calendar.HalfTermInfo;
import org.tandem.people.SystemAuthentication;
import org.tandem.strategy.StrategyDraft;
import org.tandem.strategy.StrategyService;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;
import org.tandem.support.PlanFixture;

/** A half-term's report, issued from the live plan: what the board reads, in each format. */
class ReportProductionTest extends IntegrationTest {

    @Autowired
    ReportService reports;
    @Autowired
    ReportProduction production;
    @Autowired
    PlanFixture fixture;
    @Autowired
    ActionService actions;
    @Autowired
    ActionPlanService plan;
    @Autowired
    CalendarService calendar;
    @Autowired
    StrategyService strategies;
    @Autowired
    MutableClock clock;
    @Autowired
    ReportSchedule schedule;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    HalfTermInfo autumnOne(int year) {
        fixture.year(year);
        return SystemAuthentication.call(() -> calendar.containing(LocalDate.of(year, 10, 1)).orElseThrow());
    }

    @Test
    void theReportPutsExceptionsFirstAndIsArchivedAsAnAccessiblePdfThatClosesTheHalfTerm() throws Exception {
        HalfTermInfo autumn = autumnOne(2028);
        clock.setDate(LocalDate.of(2028, 10, 10));
        PlanFixture.Plan thePlan = fixture.plan("Report");
        long late = fixture.ownAction(thePlan, "We will open two new resource bases", LocalDate.of(2028, 1, 1),
                LocalDate.of(2028, 9, 30));
        long struggling = fixture.ownAction(thePlan, "We will cut waits for speech and language therapy <script>x</script>",
                LocalDate.of(2028, 1, 1), LocalDate.of(2029, 7, 31));
        long done = fixture.ownAction(thePlan, "We will publish the transport policy in plain English",
                LocalDate.of(2028, 1, 1), LocalDate.of(2029, 7, 31));
        long fine = fixture.ownAction(thePlan, "We will train every SENCO in the graduated approach",
                LocalDate.of(2028, 1, 1), LocalDate.of(2029, 7, 31));
        SystemAuthentication.run(() -> {
            actions.postUpdate(struggling, plan.details(struggling).version(), UpdateDraft.of(ActionStatus.OFF_TRACK,
                    20, "Two therapists left in September; agency cover starts in November."));
            actions.postUpdate(fine, plan.details(fine).version(), UpdateDraft.of(ActionStatus.ON_TRACK, 50,
                    "Half the SENCOs are trained."));
            actions.complete(done, plan.details(done).version(), LocalDate.of(2028, 10, 8),
                    "Published on the Local Offer site after review by the forum.");
        });

        long id = SystemAuthentication.call(() -> reports.produceNow(autumn.id()));

        String page = SystemAuthentication.call(() -> reports.page(id).orElseThrow());
        assertThat(page).contains("<h1", "Headline", "Priorities", "Update compliance",
                "We will open two new resource bases", "Two therapists left in September",
                "We will publish the transport policy in plain English");
        assertThat(page).as("what people typed is text, never markup")
                .contains("&lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>x");
        assertThat(page.indexOf("We will open two new resource bases")).as("exceptions come first")
                .isLessThan(page.indexOf("Completed this half-term"));
        assertThat(page).doesNotContain("We will train every SENCO").as("on-track actions are counted, not listed");

        byte[] pdf = SystemAuthentication.call(() -> reports.pdf(id).orElseThrow().content());
        java.nio.file.Files.write(java.nio.file.Path.of("target", "sample-board-report.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(
                    "SEND partnership board report: " + autumn.label());
            List<String> tags = new ArrayList<>();
            List<String> alternatives = new ArrayList<>();
            collect(document.getDocumentCatalog().getStructureTreeRoot(), tags, alternatives);
            assertThat(tags).contains("H1", "H2", "H3", "Table", "TH", "TD", "Figure");
            assertThat(alternatives).anySatisfy(alt -> assertThat(alt).startsWith("Actions by RAG for each priority")
                    .contains("2 red, 1 green, 1 blue"));
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Headline", "Priorities", "We will open two new resource bases",
                    "Two therapists left in September");
        }
        assertThat(SystemAuthentication.call(() -> calendar.halfTerm(autumn.id()).orElseThrow().closed()))
                .as("issuing the report closes the half-term's updates").isTrue();
        assertThat(SystemAuthentication.call(() -> reports.produceNow(autumn.id()))).as("issued once").isEqualTo(id);
    }

    @Test
    void aHalfTermWithNoDataGetsAShortHonestReport() {
        HalfTermInfo autumn = autumnOne(2029);
        clock.setDate(LocalDate.of(2029, 10, 10));
        SystemAuthentication.run(() -> {
            StrategyDraft draft = new StrategyDraft();
            draft.setName(unique("Empty strategy"));
            draft.setPeriodFrom(LocalDate.of(2029, 1, 1));
            draft.setPeriodTo(LocalDate.of(2031, 1, 1));
            strategies.makeCurrent(strategies.createStrategy(draft));
        });

        String preview = SystemAuthentication.call(() -> reports.preview(autumn.id()));

        assertThat(preview).contains("no priorities yet", "There are no open actions");
        assertThat(SystemAuthentication.call(() -> reports.issuedFor(autumn.id()))).as("a preview issues nothing")
                .isEmpty();
    }

    @Test
    void aRecordedBoardMeetingMovesTheReportToAWeekBeforeItOtherwiseItIsTheLastWorkingDayAtFive() {
        HalfTermInfo autumn = autumnOne(2037);
        assertThat(schedule.dueAt(autumn)).isEqualTo(ReportSchedule.lastWorkingDay(autumn.end()).atTime(17, 0)
                .atZone(java.time.ZoneId.of("Europe/London")).toInstant());

        LocalDate meeting = LocalDate.of(2037, 11, 19);
        SystemAuthentication.run(() -> {
            long yearId = calendar.years().stream().filter(year -> year.startYear() == 2037).findFirst()
                    .orElseThrow().id();
            var draft = calendar.edit(yearId);
            draft.dates(autumn.name()).setBoardMeeting(LocalDate.of(2037, 9, 1));
            assertThat(calendar.check(draft)).extracting(problem -> problem.field()).contains("AUTUMN_1.meeting");
            draft.dates(autumn.name()).setBoardMeeting(meeting);
            calendar.updateYear(draft);
        });

        HalfTermInfo withMeeting = SystemAuthentication.call(() -> calendar.halfTerm(autumn.id()).orElseThrow());
        assertThat(withMeeting.boardMeeting()).isEqualTo(meeting);
        assertThat(schedule.dueAt(withMeeting)).isEqualTo(java.time.ZonedDateTime.of(2037, 11, 12, 17, 0, 0, 0,
                java.time.ZoneId.of("Europe/London")).toInstant());
    }

    private static void collect(PDStructureNode node, List<String> tags, List<String> alternatives) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                tags.add(element.getStructureType());
                if (element.getAlternateDescription() != null) {
                    alternatives.add(element.getAlternateDescription());
                }
                collect(element, tags, alternatives);
            }
        }
    }
}
