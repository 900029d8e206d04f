package org.tandem.sef;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.people.SystemAuthentication;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The inspection pack an admin hands inspectors: ordered like the framework, each criterion with its judgement,
 * narrative and evidence, as a PDF that veraPDF accepts as PDF/UA-1 and as a Word document; evidence holding
 * personal data is counted, never named.
 */
class InspectionPackTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.of(2058, 4, 20);

    @Autowired
    SefService sef;
    @Autowired
    SefFrameworks frameworks;
    @Autowired
    EvidenceService evidence;
    @Autowired
    InspectionPackExport export;
    @Autowired
    MutableClock clock;

    SefFixture given;

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @BeforeEach
    void anEvidencedEdition() {
        clock.setDate(TODAY);
        given = new SefFixture(sef, frameworks, evidence).edition();
        given.judge(0, "Developing", TODAY, Set.of());
        long criterion = given.row(0).criterionId();
        given.evidenceFor(criterion, Voice.PARENT_CARERS, TODAY.minusMonths(2));
        EvidenceDraft named = SefFixture.draft("Case study naming a pupil", Voice.PRACTITIONERS, TODAY, criterion);
        named.setPersonalData(true);
        SystemAuthentication.run(() -> evidence.add(named, null));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void thePdfIsPdfUaOneOrderedLikeTheFrameworkAndNamesNoPersonalData() throws Exception {
        byte[] pdf = SystemAuthentication.call(() -> export.pdf(given.editionId));

        assertThat(pdfUaFailures(pdf)).as("veraPDF PDF/UA-1 failures").isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("SEF " + given.year + ": inspection pack")
                    .contains("Judgement: Developing").contains("Evidence " + Voice.PARENT_CARERS)
                    .contains("1 further item holds personal data; it is kept in Tandem").doesNotContain("naming a pupil");
            assertThat(text.indexOf("Needs are identified and assessed in time"))
                    .isLessThan(text.indexOf("Valued, visible and included"));
            assertThat(text.indexOf("Valued, visible and included"))
                    .isLessThan(text.indexOf("Effective practice and multi-agency working flourish"));
            assertThat(document.getDocumentCatalog().getDocumentOutline().children()).hasSize(2);
        }
    }

    @Test
    void theWordDocumentHoldsTheSameCriteriaInTheSameOrder() throws Exception {
        byte[] docx = SystemAuthentication.call(() -> export.docx(given.editionId));
        // Kept for a look in LibreOffice: soffice --headless --convert-to png target/inspection-pack.docx
        java.nio.file.Files.write(java.nio.file.Path.of("target", "inspection-pack.docx"), docx);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text).contains("SEF " + given.year + ": inspection pack").contains("Judgement: Developing")
                    .doesNotContain("naming a pupil");
            assertThat(text.indexOf("Needs are identified and assessed in time"))
                    .isLessThan(text.indexOf("Effective practice and multi-agency working flourish"));
            assertThat(document.getTables()).isNotEmpty();
        }
        assertThat(SystemAuthentication.call(() -> export.fileName(given.editionId)))
                .isEqualTo("sef-" + given.year.replace('/', '-') + "-inspection-pack");
    }

    @Test
    void theWordDocumentsHeadingsAreWordsOwnHeadingStylesSoTheNavigationPaneListsThem() throws Exception {
        byte[] docx = SystemAuthentication.call(() -> export.docx(given.editionId));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            java.util.Map<String, String> styleOf = new java.util.LinkedHashMap<>();
            document.getParagraphs().forEach(p -> styleOf.putIfAbsent(p.getText(), p.getStyle() == null ? ""
                    : p.getStyle()));
            assertThat(styleOf.get("SEF " + given.year + ": inspection pack")).isEqualTo("Heading1");
            assertThat(styleOf.get(given.row(0).area())).isEqualTo("Heading2");
            assertThat(styleOf.get("Needs are identified and assessed in time")).isEqualTo("Heading3");
            assertThat(styleOf.get("What we know")).isEqualTo("Heading4");
            assertThat(styleOf.get("Judgement: Developing. Evidence: " + given.row(0).strength().inWords()))
                    .isEmpty();
            for (int level = 1; level <= 4; level++) {
                var style = document.getStyles().getStyle("Heading" + level);
                assertThat(style.getName()).isEqualTo("heading " + level);
                assertThat(style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(level - 1);
            }
            assertThat(document.getTables().getFirst().getRow(0).isRepeatHeader()).isTrue();
        }
    }

    static List<String> pdfUaFailures(byte[] pdf) throws Exception {
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
            if (failures.isEmpty() && !result.isCompliant()) {
                failures.add("not compliant");
            }
        }
        return failures;
    }
}
