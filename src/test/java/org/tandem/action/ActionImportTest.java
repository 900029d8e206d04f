package org.tandem.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.tandem.people.InitialPeople;
import org.tandem.people.Person;
import org.tandem.people.UserService;
import org.tandem.shared.ValidationProblem;
import org.tandem.shared.spreadsheet.ColumnMapping;
import org.tandem.shared.spreadsheet.ImportPreview;
import org.tandem.shared.spreadsheet.ImportRow;
import org.tandem.shared.spreadsheet.SheetData;
import org.tandem.shared.spreadsheet.SpreadsheetReader;
import org.tandem.shared.spreadsheet.Workbooks;
import org.tandem.strategy.PriorityInfo;
import org.tandem.strategy.StrategyService;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;

@WithMockUser(username = "import-admin", roles = "ADMIN")
class ActionImportTest extends IntegrationTest {

    static final String HEADINGS = "Ref,Action,Details,Priority,Workstream,Lead,Start,Due,Status,% complete\n";

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

    ImportFixtures fixtures;
    PriorityInfo priority;
    String workstream;
    Person owner;
    String ref;

    @BeforeEach
    void setUp() {
        fixtures = new ImportFixtures(strategy, workstreams, people, users);
        priority = fixtures.priority(18);
        workstream = fixtures.workstream();
        owner = fixtures.person(ImportFixtures.unique("Ana Lopez "));
        ref = ImportFixtures.unique("T");
        clock.setDate(LocalDate.of(2026, 1, 15));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aSheetOfNewActionsIsImportedWithOwnersWorkstreamsDatesAndStatuses() {
        SheetData sheet = csv(HEADINGS
                + ref + "-1,Map the local offer,With the forum,18," + workstream + "," + owner.username()
                + ",01/09/2025,31/03/2026,On track,40\n"
                + ref + "-2,Train SENCOs,,Priority 18,," + owner.displayName().toUpperCase()
                + ",2025-09-01,1/4/2026,not started,\n"
                + "," + ref + " publish the SEF,,18,,,,,Complete,\n");
        ColumnMapping mapping = actionImport.suggestMapping(sheet.headers());
        assertThat(mapping.columns()).containsEntry("reference", "Ref").containsEntry("title", "Action")
                .containsEntry("owner", "Lead").containsEntry("dueDate", "Due")
                .containsEntry("percentComplete", "% complete");

        ImportPreview<ActionImportRow> preview = actionImport.preview(sheet, mapping);
        assertThat(preview.summary()).isEqualTo("3 rows ready, no errors");
        ActionImportOutcome outcome = actionImport.importActions(sheet, mapping);

        assertThat(outcome).isEqualTo(new ActionImportOutcome(3, 0));
        assertThat(outcome.message()).isEqualTo("Created 3 actions and updated 0.");
        ActionDetails first = details(ref + "-1");
        assertThat(first.title()).isEqualTo("Map the local offer");
        assertThat(first.description()).isEqualTo("With the forum");
        assertThat(first.priorityId()).isEqualTo(priority.id());
        assertThat(first.workstream()).isEqualTo(workstream);
        assertThat(first.ownerId()).isEqualTo(owner.id());
        assertThat(first.startDate()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(first.dueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(first.status()).isEqualTo(ActionStatus.ON_TRACK);
        assertThat(first.percentComplete()).isEqualTo(40);
        ActionDetails second = details(ref + "-2");
        assertThat(second.ownerId()).isEqualTo(owner.id());
        assertThat(second.dueDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(second.status()).isEqualTo(ActionStatus.NOT_STARTED);
        ActionRow numbered = plan.list(ActionFilter.none().withText(ref + " publish"), PageRequest.of(0, 5))
                .getContent().getFirst();
        assertThat(numbered.reference()).matches("18\\.\\d+");
        assertThat(numbered.status()).isEqualTo(ActionStatus.COMPLETE);
        assertThat(details(numbered.reference()).completedOn()).isEqualTo(LocalDate.of(2026, 1, 15));
    }

    @Test
    void importingTheSameReferencesAgainUpdatesThoseActionsInsteadOfDuplicatingThem() {
        ColumnMapping mapping = ColumnMapping.guess(ActionImport.FIELDS, csv(HEADINGS + "x,y,,18,,,,,,\n").headers());
        actionImport.importActions(csv(HEADINGS
                + ref + "-1,Map the local offer,,18,,,,31/03/2026,On track,40\n"
                + ref + "-2,Train SENCOs,,18,,,,,,\n"), mapping);

        ActionImportOutcome again = actionImport.importActions(csv(HEADINGS
                + ref.toLowerCase() + "-1,Map and publish the local offer,,18,," + owner.username()
                + ",,30/04/2026,At risk,55\n"
                + ref + "-2,Train SENCOs,,18,,,,,Cancelled,\n"
                + ref + "-3,Review the SEF,,18,,,,,,\n"), mapping);

        assertThat(again).isEqualTo(new ActionImportOutcome(1, 2));
        assertThat(plan.count(ActionFilter.none().withText(ref))).isEqualTo(3);
        ActionDetails updated = details(ref + "-1");
        assertThat(updated.reference()).isEqualTo(ref + "-1");
        assertThat(updated.title()).isEqualTo("Map and publish the local offer");
        assertThat(updated.ownerId()).isEqualTo(owner.id());
        assertThat(updated.dueDate()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(updated.status()).isEqualTo(ActionStatus.AT_RISK);
        assertThat(updated.percentComplete()).isEqualTo(55);
        assertThat(details(ref + "-2").status()).isEqualTo(ActionStatus.CANCELLED);
        assertThat(details(ref + "-2").cancelReason()).isEqualTo("Imported as cancelled");
    }

    @Test
    void aColumnLeftUnmappedLeavesThatFieldOfAnUpdatedActionAsItWas() {
        SheetData sheet = csv(HEADINGS + ref + "-1,Map the local offer,Keep me,18," + workstream + ","
                + owner.username() + ",01/09/2025,31/03/2026,On track,40\n");
        actionImport.importActions(sheet, actionImport.suggestMapping(sheet.headers()));

        SheetData titlesOnly = csv("Ref,Action,Priority\n" + ref + "-1,Map the whole local offer,18\n");
        actionImport.importActions(titlesOnly, actionImport.suggestMapping(titlesOnly.headers()));

        ActionDetails action = details(ref + "-1");
        assertThat(action.title()).isEqualTo("Map the whole local offer");
        assertThat(action.description()).isEqualTo("Keep me");
        assertThat(action.workstream()).isEqualTo(workstream);
        assertThat(action.ownerId()).isEqualTo(owner.id());
        assertThat(action.dueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(action.status()).isEqualTo(ActionStatus.ON_TRACK);
        assertThat(action.percentComplete()).isEqualTo(40);
    }

    @Test
    void eachBadRowSaysWhatIsWrongAndNothingIsImported() {
        String longTitle = "x".repeat(ActionItem.TITLE_LENGTH + 1);
        SheetData sheet = csv(HEADINGS
                + ref + "-1,A good row,,18,,,,,,\n"
                + ref + "-2,Unknown owner,,18,,Nobody Atall,,,,\n"
                + ref + "-3,Bad date,,18,,,31/02/2026,,,\n"
                + ref + "-1,Duplicate reference,,18,,,,,,\n"
                + ref + "-5,,,18,,,,,,\n"
                + ref + "-6,Due before start,,18,,,01/04/2026,01/03/2026,,\n"
                + ref + "-7,Too far along,,18,,,,,,140\n"
                + ref + "-8," + longTitle + ",,18,,,,,,\n"
                + ref + "-9,Unknown priority,,99,,,,,,\n"
                + ref + "-10,Unknown workstream,,18,Nowhere,,,,,\n"
                + ref + "-11,Unknown status,,18,,,,,Sort of,\n"
                + ref + " 12,Bad reference,,18,,,,,,\n");
        ColumnMapping mapping = actionImport.suggestMapping(sheet.headers());

        ImportPreview<ActionImportRow> preview = actionImport.preview(sheet, mapping);

        assertThat(preview.rows().getFirst().ok()).isTrue();
        assertThat(preview.rows().stream().skip(1).map(ImportRow::errors)).containsExactly(
                List.of("Owner \"Nobody Atall\" is not a Tandem user; give the username or the name of someone "
                        + "who can sign in"),
                List.of("Start date \"31/02/2026\" is not a date; write it as dd/mm/yyyy or yyyy-mm-dd"),
                List.of("Reference " + ref + "-1 is also used in row 2"),
                List.of("Title is missing"),
                List.of("The due date 01/03/2026 is before the start date 01/04/2026"),
                List.of("Percent complete \"140\" is not a whole number from 0 to 100"),
                List.of("Title has 301 characters; use at most 300"),
                List.of("There is no priority \"99\" in the current strategy; it has priorities "
                        + strategy.priorities().stream().map(p -> String.valueOf(p.number()))
                                .collect(java.util.stream.Collectors.joining(", "))),
                List.of("There is no workstream called \"Nowhere\""),
                List.of("Status \"Sort of\" is not one of: Not started, On track, At risk, Off track, Complete, "
                        + "Cancelled"),
                List.of("Reference \"" + ref + " 12\" may hold only letters, digits, dots and dashes"));
        assertThat(preview.summary()).isEqualTo("1 row ready, 11 with errors");
        assertThatThrownBy(() -> actionImport.importActions(sheet, mapping)).isInstanceOf(ValidationProblem.class)
                .hasMessage("11 of 12 rows have errors, so nothing was imported. Correct them in the sheet and "
                        + "upload it again.");
        assertThat(plan.count(ActionFilter.none().withText(ref))).isZero();
    }

    @Test
    void aCompletedActionCannotBeReopenedByAnImport() {
        ColumnMapping mapping = ColumnMapping.guess(ActionImport.FIELDS, csv(HEADINGS + "x,y,,18,,,,,,\n").headers());
        actionImport.importActions(csv(HEADINGS + ref + "-1,Map the local offer,,18,,,,,Complete,\n"), mapping);

        ImportPreview<ActionImportRow> preview = actionImport.preview(
                csv(HEADINGS + ref + "-1,Map the local offer,,18,,,,,On track,50\n"), mapping);

        assertThat(preview.rows().getFirst().errors())
                .containsExactly("Action " + ref + "-1 is complete and its status can no longer change");
    }

    @Test
    void formulasInAWorkbookAreErrorsOfTheirRowsAndNothingIsImported() {
        byte[] xlsx = Workbooks.xlsx(sheet -> {
            Workbooks.row(sheet, 0, "Ref", "Action", "Priority");
            for (int index = 1; index <= 3; index++) {
                Row row = sheet.createRow(index);
                row.createCell(0).setCellFormula("\"" + ref + "-\" & " + index);
                row.createCell(1).setCellFormula("\"Action \" & " + index);
                row.createCell(2).setCellFormula("9 + 9");
            }
        });
        SheetData sheet = SpreadsheetReader.read("plan.xlsx", new ByteArrayInputStream(xlsx));
        ColumnMapping mapping = actionImport.suggestMapping(sheet.headers());

        ImportPreview<ActionImportRow> preview = actionImport.preview(sheet, mapping);

        assertThat(preview.rows().getFirst().errors()).containsExactly(
                "Cell A2 holds a formula; paste values only", "Cell B2 holds a formula; paste values only",
                "Cell C2 holds a formula; paste values only");
        assertThat(preview.summary()).isEqualTo("0 rows ready, 3 with errors");
        assertThatThrownBy(() -> actionImport.importActions(sheet, mapping)).isInstanceOf(ValidationProblem.class);
        assertThat(plan.count(ActionFilter.none().withText(ref))).isZero();
    }

    @Test
    void aMappingWithoutTheTitleColumnIsRefusedAtThatField() {
        SheetData sheet = csv(HEADINGS + ref + "-1,Map,,18,,,,,,\n");
        ColumnMapping withoutTitle = actionImport.suggestMapping(sheet.headers()).with("title", null);
        assertThatThrownBy(() -> actionImport.preview(sheet, withoutTitle)).isInstanceOf(ValidationProblem.class)
                .hasMessage("Choose the column that holds the title.")
                .extracting(problem -> ((ValidationProblem) problem).field()).isEqualTo("title");
    }

    @Test
    @WithMockUser(username = "import-mapper", roles = "ADMIN")
    void theLastMappingIsRememberedForTheSameAdmin() {
        SheetData sheet = csv("Ref,Thing we do,Pri\n" + ref + "-1,Map,18\n");
        ColumnMapping chosen = ColumnMapping.none().with("reference", "Ref").with("title", "Thing we do")
                .with("priority", "Pri");
        assertThat(actionImport.suggestMapping(sheet.headers())).isNotEqualTo(chosen);

        actionImport.preview(sheet, chosen);

        assertThat(actionImport.suggestMapping(sheet.headers())).isEqualTo(chosen);
    }

    @Test
    @WithMockUser(username = "import-lead", roles = "WORKSTREAM_LEAD")
    void onlyAnAdminMayImport() {
        SheetData sheet = csv(HEADINGS + ref + "-1,Map,,18,,,,,,\n");
        ColumnMapping mapping = ColumnMapping.guess(ActionImport.FIELDS, sheet.headers());
        assertThatThrownBy(() -> actionImport.suggestMapping(sheet.headers()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actionImport.preview(sheet, mapping)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actionImport.importActions(sheet, mapping))
                .isInstanceOf(AccessDeniedException.class);
    }

    private ActionDetails details(String reference) {
        return plan.details(actions.findByReference(reference).orElseThrow().getId());
    }

    static SheetData csv(String text) {
        return SpreadsheetReader.read("plan.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
