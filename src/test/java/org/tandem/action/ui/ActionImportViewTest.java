package org.tandem.action.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.action.ActionFilter;
import org.tandem.action.ActionPlanService;
import org.tandem.action.ActionStatus;
import org.tandem.action.ImportFixtures;
import org.tandem.action.WorkstreamService;
import org.tandem.people.InitialPeople;
import org.tandem.people.Person;
import org.tandem.people.Role;
import org.tandem.people.UserService;
import org.tandem.strategy.StrategyService;
import org.tandem.support.UiTest;

class ActionImportViewTest extends UiTest {

    @Autowired
    StrategyService strategy;
    @Autowired
    WorkstreamService workstreams;
    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;
    @Autowired
    ActionPlanService plan;

    ActionImportView view;
    Person owner;
    String ref;

    @BeforeEach
    void openTheImport() {
        ImportFixtures fixtures = new ImportFixtures(strategy, workstreams, people, users);
        fixtures.priority(17);
        owner = fixtures.person(ImportFixtures.unique("Priya Shah "));
        ref = ImportFixtures.unique("U");
        loginAs(ImportFixtures.unique("import-ui-"), Role.ADMIN);
        UI.getCurrent().navigate(ActionImportView.class);
        view = _get(ActionImportView.class);
    }

    @Test
    void anAdminUploadsASheetChecksTheGuessedColumnsPreviewsAndImports() {
        view.receive("plan.csv", bytes("Ref,Action,Priority,Lead,Due\n"
                + ref + "-1,Map the local offer,17," + owner.username() + ",31/03/2027\n"
                + ref + "-2,Train SENCOs,17,,\n"));

        assertThat(view.fileStep.message()).isEqualTo("plan.csv: 2 rows under 5 columns. Check the columns "
                + "below, then preview.");
        assertThat(combo("Title (required)").getValue()).isEqualTo("Action");
        assertThat(combo("Owner").getValue()).isEqualTo("Lead");
        assertThat(combo("Due date").getValue()).isEqualTo("Due");
        assertThat(combo("Status").getValue()).isNull();
        assertThat(view.checkStep.isVisible()).isFalse();

        _click(_get(Button.class, spec -> spec.withText("Preview")));

        assertThat(view.rows.summary.getText()).isEqualTo("2 rows ready, no errors.");
        assertThat(GridKt._size(view.rows.grid)).isEqualTo(2);
        assertThat(GridKt._getFormatted(view.rows.grid, 0, "outcome")).isEqualTo("Create");
        assertThat(GridKt._getFormatted(view.rows.grid, 0, "owner")).isEqualTo(owner.displayName());
        assertThat(GridKt._getFormatted(view.rows.grid, 0, "due")).isEqualTo("31/03/2027");
        Button importButton = _get(Button.class, spec -> spec.withText("Import 2 actions"));
        assertThat(importButton.isEnabled()).isTrue();

        _click(importButton);

        NotificationsKt.expectNotifications("Created 2 actions and updated 0.");
        assertThat(plan.count(ActionFilter.none().withText(ref))).isEqualTo(2);
        assertThat(view.fileStep.message()).isEqualTo("Created 2 actions and updated 0.");
        assertThat(view.mappingStep.isVisible()).isFalse();
    }

    @Test
    void rowsWithErrorsAreShownAsTextAndTheImportStaysOff() {
        view.receive("plan.csv", bytes("Ref,Action,Priority,Lead,Due\n"
                + ref + "-1,<b>Bold</b> plan,17,<img src=x onerror=alert(1)>,\n"
                + ref + "-2,Train SENCOs,17,,30/02/2027\n"
                + ref + "-3,Review the SEF,17,,\n"));

        _click(_get(Button.class, spec -> spec.withText("Preview")));

        assertThat(view.rows.summary.getText()).isEqualTo("1 row ready, 2 with errors. Correct the rows with errors "
                + "in the sheet and upload it again: nothing is imported until every row is ready.");
        assertThat(view.rows.onlyErrors.getValue()).isTrue();
        assertThat(GridKt._size(view.rows.grid)).isEqualTo(2);
        assertThat(GridKt._getFormatted(view.rows.grid, 0, "row")).isEqualTo("2");
        assertThat(GridKt._getFormatted(view.rows.grid, 0, "errors")).isEqualTo("Owner \"<img src=x "
                + "onerror=alert(1)>\" is not a Tandem user; give the username or the name of someone who can "
                + "sign in");
        assertThat(GridKt._getFormatted(view.rows.grid, 1, "errors"))
                .isEqualTo("Due date \"30/02/2027\" is not a date; write it as dd/mm/yyyy or yyyy-mm-dd");
        assertThat(view.importButton.isEnabled()).isFalse();

        _setValue(view.rows.onlyErrors, false);
        assertThat(GridKt._size(view.rows.grid)).isEqualTo(3);
        assertThat(plan.count(ActionFilter.none().withText(ref))).isZero();
    }

    @Test
    void theAdminSaysWhatTheSheetsRagValuesMeanAndSeesWhatAnUpdateChangesAndWhichRowIsWrong() {
        view.receive("plan.csv", bytes("Ref,Action,Priority,Lead,Due,RAG\n"
                + ref + "-1,Map the local offer,17," + owner.username() + ",31/03/2027,G\n"));
        _click(_get(Button.class, spec -> spec.withText("Preview")));
        _click(_get(Button.class, spec -> spec.withText("Import 1 action")));

        view.receive("plan.csv", bytes("Ref,Action,Priority,Lead,Due,RAG\n"
                + ref + "-1,Map the local offer,17,Head of SEND,,Amber/Red\n"
                + ref + "-2,Train SENCOs,17,,31/02/2027,G\n"));

        assertThat(statusMeaning("G").getValue()).as("a first guess from RAG colours").isEqualTo(ActionStatus.ON_TRACK);
        assertThat(statusMeaning("Amber/Red").getValue()).isNull();
        _setValue(statusMeaning("Amber/Red"), ActionStatus.OFF_TRACK);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("An owner Tandem cannot match to one person is left "
                + "empty, with a warning, instead of stopping the row")), true);
        _click(_get(Button.class, spec -> spec.withText("Preview")));
        _setValue(view.rows.onlyErrors, false);

        assertThat(GridKt._getFormatted(view.rows.grid, 0, "outcome")).isEqualTo("Update");
        assertThat(GridKt._getFormatted(view.rows.grid, 0, "changes")).isEqualTo("Status: On track → Off track");
        assertThat(GridKt._getFormatted(view.rows.grid, 0, "due")).as("a blank cell leaves the date")
                .isEqualTo("31/03/2027");
        assertThat(GridKt._getFormatted(view.rows.grid, 0, "warnings"))
                .isEqualTo("Owner \"Head of SEND\" is not a Tandem user, so the action keeps its owner");
        assertThat(GridKt._getFormatted(view.rows.grid, 1, "reference")).isEqualTo(ref + "-2 Train SENCOs");
        assertThat(GridKt._getFormatted(view.rows.grid, 1, "errors"))
                .isEqualTo("Due date \"31/02/2027\" is not a date; write it as dd/mm/yyyy or yyyy-mm-dd");
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ActionStatus> statusMeaning(String value) {
        return _get(ComboBox.class, spec -> spec.withLabel("\u201c" + value + "\u201d in the sheet means"));
    }

    @Test
    void leavingOutARequiredColumnIsShownAtItsField() {
        view.receive("plan.csv", bytes("Ref,Action,Priority\n" + ref + "-1,Map the local offer,17\n"));
        _setValue(combo("Title (required)"), null);

        _click(_get(Button.class, spec -> spec.withText("Preview")));

        ComboBox<String> title = combo("Title (required)");
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Choose the column that holds the title.");
        NotificationsKt.expectNotifications("Choose the column that holds the title.");
    }

    @Test
    void aFileThatIsNotASpreadsheetIsExplainedAndNoColumnsAreOffered() {
        view.receive("minutes.pdf", "%PDF-1.7\u0000binary".getBytes(StandardCharsets.ISO_8859_1));

        String message = "This file is not a spreadsheet. Tandem reads Excel workbooks (.xlsx) and CSV files (.csv).";
        assertThat(view.fileStep.message()).isEqualTo(message);
        NotificationsKt.expectNotifications(message);
        assertThat(view.mappingStep.isVisible()).isFalse();
        assertThat(view.checkStep.isVisible()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> combo(String label) {
        return _get(ComboBox.class, spec -> spec.withLabel(label));
    }

    private static byte[] bytes(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }
}
