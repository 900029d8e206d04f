package org.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.action.ActionPlanService;
import org.tandem.action.ActionService;
import org.tandem.action.ActionStatus;
import org.tandem.action.UpdateDraft;
import org.tandem.calendar.CalendarService;
import org.tandem.calendar.HalfTermInfo;
import org.tandem.people.SystemAuthentication;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;
import org.tandem.support.PlanFixture;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The issued report as a document the board works from: PDF/UA-1 as veraPDF checks it, an outline, whole words. */
class ReportLayoutTest extends IntegrationTest {

    static final String LONG_UPDATE = "Two therapists left in September and agency cover starts in November. "
            + "Waiting lists grew by a fifth over the summer, most of all for children under five. We have asked "
            + "the integrated care board for a bridging fund and will ask the board to agree a joint letter to the "
            + "trust's chief executive at its next meeting, with the forum's evidence from the autumn survey.";

    @Autowired
    ReportService reports;
    @Autowired
    PlanFixture fixture;
    @Autowired
    ActionService actions;
    @Autowired
    ActionPlanService plan;
    @Autowired
    CalendarService calendar;
    @Autowired
    MutableClock clock;

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theIssuedPdfIsPdfUaOneHasAnOutlineCutsLongUpdatesAtAWholeSentenceAndExplainsItsWords() throws Exception {
        fixture.year(2049);
        HalfTermInfo autumn = SystemAuthentication.call(() -> calendar.containing(LocalDate.of(2049, 10, 1))
                .orElseThrow());
        clock.setDate(LocalDate.of(2049, 10, 10));
        PlanFixture.Plan thePlan = fixture.plan("Layout");
        long struggling = fixture.ownAction(thePlan, "We will cut CAMHS waits and speech and language therapy waits",
                LocalDate.of(2049, 1, 1), LocalDate.of(2050, 7, 31));
        SystemAuthentication.run(() -> actions.postUpdate(struggling, plan.details(struggling).version(),
                UpdateDraft.of(ActionStatus.OFF_TRACK, 20, LONG_UPDATE)));

        long id = SystemAuthentication.call(() -> reports.produceNow(autumn.id()));
        byte[] pdf = SystemAuthentication.call(() -> reports.pdf(id).orElseThrow().content());

        List<String> failures = new ArrayList<>();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFUA_1)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false);
            ValidationResult result = validator.validate(parser);
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failures.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + ": " + assertion.getMessage());
                }
            }
            System.out.println("veraPDF PDF/UA-1: " + (result.isCompliant() ? "compliant" : "not compliant")
                    + ", " + result.getTotalAssertions() + " checks, " + failures.size() + " failed");
            assertThat(failures).as("veraPDF PDF/UA-1 failures").isEmpty();
            assertThat(result.isCompliant()).isTrue();
        }

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(item.getTitle());
            }
            assertThat(outline).startsWith("Headline", "Priorities").contains("Update compliance")
                    .endsWith("Words we use");
        }

        String page = SystemAuthentication.call(() -> reports.page(id).orElseThrow());
        assertThat(page).contains("most of all for children under five. … (the full update is on the action")
                .doesNotContain("ask the board to ag…");
        // Abbreviations are spelt out where first used, in the text, and the last section explains them.
        assertThat(page).containsOnlyOnce("<abbr title=\"children and young people&#39;s mental health services\">"
                + "CAMHS</abbr> (children and young people&#39;s mental health services) waits")
                .contains("<abbr title=\"red, amber, green\">RAG</abbr> (red, amber, green)");
        String glossary = page.substring(page.lastIndexOf("Words in this report and what they mean"));
        assertThat(glossary).contains("RAG</abbr> (red, amber, green)", "CAMHS</abbr> (children and young")
                .doesNotContain("SENDIASS");
    }
}
