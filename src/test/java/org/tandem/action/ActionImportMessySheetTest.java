package org.tandem.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tandem.people.InitialPeople;
import org.tandem.people.Person;
import org.tandem.people.UserService;
import org.tandem.shared.spreadsheet.ColumnMapping;
import org.tandem.shared.spreadsheet.ImportPreview;
import org.tandem.shared.spreadsheet.ImportRow;
import org.tandem.shared.spreadsheet.SheetData;
import org.tandem.shared.spreadsheet.SpreadsheetReader;
import org.tandem.shared.spreadsheet.Workbooks;
import org.tandem.strategy.StrategyService;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;

/**
 * A real council's sheet, as a new admin met it: title rows above the table, a blank row, RAG letters for the
 * status, "TBC" for dates, owners written as names or job titles, an Excel percentage cell, a 5,000-character
 * cell, and an action Tandem already has.
 */
@WithMockUser(username = "messy-import-admin", roles = "ADMIN")
class ActionImportMessySheetTest extends IntegrationTest {

    static final LocalDate IMPORT_DAY = LocalDate.of(2026, 1, 15);

    @Autowired
    ActionImport actionImport;
    @Autowired
    ActionPlanService plan;
    @Autowired
    ActionItems actions;
    @Autowired
    StrategyService strategy;
    @Autowired
    WorkstreamService workstreams;
    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;
    @Autowired
    MutableClock clock;

    String ref;
    Person owner;
    Person kept;

    @BeforeEach
    void anActionTandemAlreadyHas() {
        ImportFixtures fixtures = new ImportFixtures(strategy, workstreams, people, users);
        fixtures.priority(18);
        owner = fixtures.person(ImportFixtures.unique("Grace Adeyemi "));
        kept = fixtures.person(ImportFixtures.unique("Tom Reeve "));
        ref = ImportFixtures.unique("M");
        clock.setDate(IMPORT_DAY);
        SheetData first = ActionImportTest.csv("Ref,Action,Details,Priority,Lead,Due,Status\n" + ref
                + "-2,Review the short breaks offer,Keep this description,18," + kept.username()
                + ",31/03/2026,On track\n");
        actionImport.importActions(first, actionImport.suggestMapping(first.headers()));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aMessyCouncilSheetIsReadAsItsAdminMeansAndBlankCellsLeaveValuesAlone() {
        SheetData sheet = messySheet(true);
        ColumnMapping offered = actionImport.suggestMapping(sheet.headers());
        assertThat(offered.columns()).containsEntry("title", "Action").containsEntry("status", "RAG")
                .containsEntry("percentComplete", "% complete").containsEntry("completedOn", "Date completed");

        List<ActionImport.StatusValue> values = actionImport.statusValues(sheet, offered);
        assertThat(values).extracting(ActionImport.StatusValue::value, ActionImport.StatusValue::meaning)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("G", ActionStatus.ON_TRACK),
                        org.assertj.core.groups.Tuple.tuple("A", ActionStatus.AT_RISK),
                        org.assertj.core.groups.Tuple.tuple("B", ActionStatus.COMPLETE),
                        org.assertj.core.groups.Tuple.tuple("Amber/Red", null));
        ColumnMapping mapping = offered.withMeaning("status", "G", "ON_TRACK").withMeaning("status", "A", "AT_RISK")
                .withMeaning("status", "B", "COMPLETE").withMeaning("status", "Amber/Red", "OFF_TRACK")
                .withOption(ActionSheetFields.UNKNOWN_OWNER_LEFT_EMPTY, true);

        ImportPreview<ActionImportRow> preview = actionImport.preview(sheet, mapping);

        assertThat(preview.summary()).isEqualTo("4 rows ready, 1 with errors");
        ImportRow<ActionImportRow> tooLong = preview.rows().get(4);
        assertThat(tooLong.errors()).containsExactly("Description has 5000 characters; use at most 4000");
        assertThat(tooLong.label()).as("a row in error shows its reference and title, not only its number")
                .isEqualTo(ref + "-5 Write the preparing for adulthood guide");
        ActionImportRow first = preview.rows().get(0).value();
        assertThat(first.ownerId()).as("matched by display name, whatever its case").isEqualTo(owner.id());
        assertThat(first.percentComplete()).as("an Excel percentage cell").isEqualTo(45);
        assertThat(first.dueDate()).isNull();
        assertThat(preview.rows().get(0).warnings()).contains("Due date \"TBC\" was read as empty");
        ActionImportRow update = preview.rows().get(1).value();
        assertThat(update.changes()).extracting(ActionImportRow.Change::describe)
                .containsExactly("Status: On track → At risk", "Percent complete: 0% → 60%");
        assertThat(preview.rows().get(1).warnings()).containsExactlyInAnyOrder(
                "Percent complete 0.6 was read as 60%",
                "Owner \"Head of SEND\" is not a Tandem user, so the action keeps its owner");
        assertThat(preview.rows().get(3).value().status()).isEqualTo(ActionStatus.OFF_TRACK);

        actionImport.importActions(messySheet(false), mapping);

        ActionDetails updated = details(ref + "-2");
        assertThat(updated.dueDate()).as("a blank due date leaves it alone").isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(updated.description()).isEqualTo("Keep this description");
        assertThat(updated.ownerId()).isEqualTo(kept.id());
        assertThat(updated.status()).isEqualTo(ActionStatus.AT_RISK);
        ActionDetails done = details(ref + "-3");
        assertThat(done.status()).isEqualTo(ActionStatus.COMPLETE);
        assertThat(done.completedOn()).as("the import's date, not the due date").isEqualTo(IMPORT_DAY);
        assertThat(details(ref + "-4").status()).isEqualTo(ActionStatus.OFF_TRACK);
        assertThat(details(ref + "-1").percentComplete()).isEqualTo(45);
    }

    @Test
    @WithMockUser(username = "messy-import-clearer", roles = "ADMIN")
    void aBlankCellClearsTheValueOnlyWhenTheAdminAsksForIt() {
        SheetData sheet = messySheet(false);
        ColumnMapping mapping = actionImport.suggestMapping(sheet.headers()).withMeaning("status", "G", "ON_TRACK")
                .withMeaning("status", "A", "AT_RISK").withMeaning("status", "B", "COMPLETE")
                .withMeaning("status", "Amber/Red", "OFF_TRACK")
                .withOption(ActionSheetFields.UNKNOWN_OWNER_LEFT_EMPTY, true)
                .withOption(org.tandem.shared.spreadsheet.MappedRow.BLANK_CLEARS, true);

        ImportPreview<ActionImportRow> preview = actionImport.preview(sheet, mapping);

        assertThat(preview.rows().get(1).value().changes()).extracting(ActionImportRow.Change::describe)
                .contains("Description: Keep this description → (empty)", "Due date: 31/03/2026 → (empty)");
    }

    @Test
    @WithMockUser(username = "messy-import-rememberer", roles = "ADMIN")
    void aGuessTheAdminClearedIsNotGuessedAgainAndValueMeaningsAreRemembered() {
        SheetData sheet = messySheet(false);
        ColumnMapping offered = actionImport.suggestMapping(sheet.headers());
        assertThat(offered.column("description")).contains("Details");
        ColumnMapping chosen = offered.with("description", null).withMeaning("status", "Amber/Red", "OFF_TRACK");

        actionImport.preview(sheet, chosen);

        ColumnMapping next = actionImport.suggestMapping(sheet.headers());
        assertThat(next.column("description")).as("not mapped, as the admin chose").isEmpty();
        assertThat(next.meaning("status", "amber / red")).contains("OFF_TRACK");
        assertThat(actionImport.statusValues(sheet, next)).filteredOn(value -> value.value().equals("Amber/Red"))
                .extracting(ActionImport.StatusValue::meaning).containsExactly(ActionStatus.OFF_TRACK);
    }

    /** The council's sheet; with the 5,000-character cell in its last row, or without that row once corrected. */
    private SheetData messySheet(boolean withTooLongCell) {
        byte[] xlsx = Workbooks.xlsx(sheet -> {
            CellStyle percent = sheet.getWorkbook().createCellStyle();
            percent.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("0%"));
            Workbooks.row(sheet, 0, "Riverside SEND and AP Partnership: action plan 2025 to 2028");
            Workbooks.row(sheet, 1, "Owner: SEND improvement board");
            // row 3 is left blank, as in the council's sheet
            Workbooks.row(sheet, 3, "Ref", "Action", "Details", "Priority", "Lead", "Due", "RAG", "% complete",
                    "Date completed");
            Row first = row(sheet, 4, ref + "-1", "Train SENCOs in the graduated approach", "", "18",
                    owner.displayName().toLowerCase(), "TBC", "G");
            first.createCell(7).setCellValue(0.45);
            first.getCell(7).setCellStyle(percent);
            Row second = row(sheet, 5, ref + "-2", "Review the short breaks offer", "", "18", "Head of SEND", "",
                    "A");
            second.createCell(7).setCellValue(0.6);
            row(sheet, 6, ref + "-3", "Publish the short breaks statement", "", "18", "", "01/12/2025", "B");
            row(sheet, 7, ref + "-4", "Agree the transport policy", "", "18", "", "TBC", "Amber/Red");
            if (withTooLongCell) {
                row(sheet, 8, ref + "-5", "Write the preparing for adulthood guide", "x".repeat(5_000), "18", "",
                        "", "G");
            }
        });
        return SpreadsheetReader.read("council plan.xlsx", new ByteArrayInputStream(xlsx));
    }

    private static Row row(Sheet sheet, int index, String... values) {
        Workbooks.row(sheet, index, values);
        return sheet.getRow(index);
    }

    private ActionDetails details(String reference) {
        return plan.details(actions.findByReference(reference).orElseThrow().getId());
    }
}
