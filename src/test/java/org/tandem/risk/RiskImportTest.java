package org.tandem.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tandem.people.InitialPeople;
import org.tandem.people.SystemAuthentication;
import org.tandem.people.UserService;
import org.tandem.shared.ValidationProblem;
import org.tandem.shared.spreadsheet.ColumnMapping;
import org.tandem.shared.spreadsheet.ImportPreview;
import org.tandem.shared.spreadsheet.ImportRow;
import org.tandem.shared.spreadsheet.SheetData;
import org.tandem.shared.spreadsheet.SpreadsheetReader;
import org.tandem.shared.spreadsheet.Workbooks;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;
import org.tandem.support.SignIn;

/** A council's messy register, made here with Apache POI, imported through the shared mapping and preview. */
class RiskImportTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.of(2039, 6, 1);

    @Autowired
    RiskImport importer;
    @Autowired
    RiskService service;
    @Autowired
    RiskRegister register;
    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;
    @Autowired
    MutableClock clock;

    RiskFixture given;

    @BeforeEach
    void people() {
        clock.setDate(TODAY);
        given = new RiskFixture(people, users, service);
    }

    @AfterEach
    void realTime() {
        SignIn.out();
        clock.reset();
    }

    /** A merged title row, a blank row, scores as "4x5" and "20", names with job titles, arrows, UK dates. */
    private SheetData messySheet(String prefix) {
        String owner = given.owner.displayName();
        byte[] bytes = Workbooks.xlsx(sheet -> {
            Workbooks.row(sheet, 0, "Riverside SEND Partnership: corporate risk register 2038/39");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 7));
            Workbooks.row(sheet, 2, "Risk ref", "Risk description", "Risk owner", "L", "I", "Score", "DoT",
                    "Review date");
            Workbooks.row(sheet, 3, prefix + "-1", "EHC plans issued late", owner + ", Head of SEND", "4", "5", "20",
                    "↑", "15/07/2039");
            Workbooks.row(sheet, 4, prefix + "-2", "Too few specialist places", owner + " (Head of SEND)", "", "",
                    "3x4", "→", "01/09/2039");
            Workbooks.row(sheet, 5);
            Workbooks.row(sheet, 6, prefix + "-3", "Transport overspend", given.owner.username(), "", "", "12",
                    "↓", "");
        });
        return SpreadsheetReader.read("register.xlsx", new ByteArrayInputStream(bytes));
    }

    @Test
    void aMessyCouncilRegisterIsPreviewedRowByRowAndImportedWithItsScoresReadEveryWay() {
        given.as(given.admin);
        SheetData sheet = messySheet(unique("IMP"));
        ColumnMapping mapping = importer.suggestMapping(sheet.headers());
        assertThat(mapping.column(RiskImport.TITLE)).contains("Risk description");
        assertThat(mapping.column(RiskImport.LIKELIHOOD)).contains("L");

        ImportPreview<RiskImportRow> preview = importer.preview(sheet, mapping);
        assertThat(preview.hasErrors()).as(preview.rows().toString()).isFalse();
        assertThat(preview.rows()).hasSize(3);
        List<RiskImportRow> rows = preview.values();
        assertThat(rows.get(0).draft().getResidualLikelihood()).isEqualTo(4);
        assertThat(rows.get(0).draft().getNextReviewOn()).isEqualTo(LocalDate.of(2039, 7, 15));
        assertThat(rows.get(1).draft().getResidualImpact()).isEqualTo(4);
        assertThat(rows.get(2).notes()).anyMatch(note -> note.contains("3 × 4"));
        assertThat(rows).extracting(RiskImportRow::owner).containsOnly(given.owner.displayName());

        assertThat(importer.importRisks(sheet, mapping)).isEqualTo(3);
        RiskRow first = register.export(given.mine()).stream().filter(r -> r.title().equals("EHC plans issued late"))
                .findFirst().orElseThrow();
        assertThat(first.score()).isEqualTo(20);
        assertThat(first.escalated()).isTrue();
    }

    @Test
    void aScoreThatContradictsItsLikelihoodAndImpactIsShownInThePreviewAndNothingIsImported() {
        String owner = given.owner.username();
        byte[] bytes = Workbooks.xlsx(sheet -> {
            Workbooks.row(sheet, 0, "Ref", "Risk", "Owner", "Likelihood", "Impact", "Score");
            Workbooks.row(sheet, 1, unique("T"), "Fine row", owner, "2", "3", "6");
            Workbooks.row(sheet, 2, "", "Contradicts", owner, "3", "5", "20");
            Workbooks.row(sheet, 3, "", "Not a score", owner, "", "", "7");
            Workbooks.row(sheet, 4, "", "Nobody", "Someone Unknown, Director", "2", "2", "");
        });
        SheetData sheet = SpreadsheetReader.read("register.xlsx", new ByteArrayInputStream(bytes));
        given.as(given.admin);
        ColumnMapping mapping = importer.suggestMapping(sheet.headers());
        ImportPreview<RiskImportRow> preview = importer.preview(sheet, mapping);

        assertThat(preview.rows()).extracting(ImportRow::ok).containsExactly(true, false, false, false);
        assertThat(preview.rows().get(1).errors()).anyMatch(e -> e.contains("contradicts likelihood 3 × impact 5"));
        assertThat(preview.rows().get(2).errors()).anyMatch(e -> e.contains("not a likelihood × impact"));
        assertThat(preview.rows().get(3).errors()).anyMatch(e -> e.contains("not anyone in Tandem"));
        long before = register.count(given.mine());
        assertThatThrownBy(() -> importer.importRisks(sheet, mapping)).isInstanceOf(ValidationProblem.class)
                .hasMessageContaining("nothing was imported");
        assertThat(register.count(given.mine())).isEqualTo(before);
    }

    @Test
    void onlyAdminsImport() {
        given.as(given.owner);
        SheetData sheet = messySheet(unique("NOPE"));
        assertThatThrownBy(() -> importer.preview(sheet, ColumnMapping.none()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(SystemAuthentication.call(() -> register.count(given.mine()))).isZero();
    }
}
