package org.tandem.action.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tandem.action.ActionImport;
import org.tandem.action.ActionImportOutcome;
import org.tandem.action.ActionImportRow;
import org.tandem.action.ActionSheetFields;
import org.tandem.shared.ValidationProblem;
import org.tandem.shared.spreadsheet.ColumnMapping;
import org.tandem.shared.spreadsheet.ImportPreview;
import org.tandem.shared.spreadsheet.MappedRow;
import org.tandem.shared.spreadsheet.SheetData;
import org.tandem.shared.spreadsheet.SpreadsheetReader;
import org.tandem.shared.ui.ColumnChoices;
import org.tandem.shared.ui.ImportFileStep;
import org.tandem.shared.ui.Notifications;
import org.tandem.shared.ui.SaveAttempt;
import org.tandem.people.Roles;

/**
 * Imports a council's action-plan spreadsheet in three steps: upload it, match its columns to Tandem's fields,
 * then check every row and import. Reached from the action plan, so it is not in the menu.
 */
@Route("actions/import")
@PageTitle("Import the action plan | Tandem")
@RolesAllowed(Roles.ADMIN)
public class ActionImportView extends Main {

    private static final Map<String, String> HINTS = Map.of(
            ActionImport.REFERENCE, "Leave empty to number new actions (2.3 is the third of priority 2)",
            ActionImport.PRIORITY, "Its number, such as 2",
            ActionImport.OWNER, "Username or name of someone who can sign in",
            ActionImport.START_DATE, "dd/mm/yyyy or yyyy-mm-dd",
            ActionImport.DUE_DATE, "dd/mm/yyyy or yyyy-mm-dd",
            ActionImport.STATUS, "Not started, On track, At risk, Off track, Complete or Cancelled",
            ActionImport.PERCENT_COMPLETE, "A whole number from 0 to 100, or a percentage",
            ActionImport.COMPLETED_ON, "When a complete action was done; else the day of the import");

    private final ActionImport actionImport;
    final ImportFileStep fileStep;
    final ColumnChoices columns;
    final Button preview = new Button("Preview");
    final Button importButton = new Button("Import");
    final ActionImportPreview rows = new ActionImportPreview();
    final StatusValues statusValues = new StatusValues(this::forgetPreview);
    final Checkbox blankClears = new Checkbox("A blank cell clears that value of an existing action (otherwise it "
            + "is left as it is)");
    final Checkbox unknownOwnersEmpty = new Checkbox("An owner Tandem cannot match to one person is left empty, "
            + "with a warning, instead of stopping the row");
    final Section mappingStep = new Section();
    final Section checkStep = new Section();
    private @Nullable SheetData sheet;
    private @Nullable ColumnMapping previewed;
    private ColumnMapping suggested = ColumnMapping.none();

    public ActionImportView(ActionImport actionImport) {
        this.actionImport = actionImport;
        addClassName("page");

        fileStep = new ImportFileStep("The first row with headings names the columns. Formulas are not read: "
                + "paste values only.", this::receive);
        columns = new ColumnChoices(ActionImport.FIELDS, HINTS, key -> {
            forgetPreview();
            if (key.equals(ActionImport.STATUS)) {
                offerStatusValues();
            }
        });
        preview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        preview.addClickListener(event -> preview());
        mappingStep.add(new H2("2. Match the sheet's columns to Tandem's fields"), new Paragraph("A row whose "
                + "reference Tandem already has updates that action; a field you leave out stays as it is."),
                columns, statusValues, blankClears, unknownOwnersEmpty, preview);
        blankClears.addValueChangeListener(event -> forgetPreview());
        unknownOwnersEmpty.addValueChangeListener(event -> forgetPreview());
        mappingStep.addClassName("card");

        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(event -> importRows());
        checkStep.add(new H2("3. Check the rows and import"), rows, importButton);
        checkStep.addClassName("card");

        add(new H1("Import the action plan"), fileStep, mappingStep, checkStep);
        reset();
    }

    /** The uploaded file: read it, then offer the mapping. Package-private so that tests can hand over a file. */
    void receive(String filename, byte[] bytes) {
        reset();
        try {
            SheetData read = SpreadsheetReader.read(filename, new ByteArrayInputStream(bytes));
            sheet = read;
            suggested = actionImport.suggestMapping(read.headers());
            blankClears.setValue(suggested.has(MappedRow.BLANK_CLEARS));
            unknownOwnersEmpty.setValue(suggested.has(ActionSheetFields.UNKNOWN_OWNER_LEFT_EMPTY));
            columns.offer(read.headers(), suggested);
            offerStatusValues();
            fileStep.read(filename, read);
            mappingStep.setVisible(true);
        } catch (ValidationProblem problem) {
            fileStep.problem(problem.getMessage());
        }
    }

    private void preview() {
        if (sheet == null) {
            return;
        }
        ColumnMapping mapping = mapping();
        try {
            ImportPreview<ActionImportRow> result = actionImport.preview(sheet, mapping);
            rows.show(result);
            previewed = result.hasErrors() ? null : mapping;
            importButton.setText(String.format(Locale.UK, "Import %,d %s", result.rows().size(),
                    result.rows().size() == 1 ? "action" : "actions"));
            importButton.setEnabled(!result.hasErrors());
            checkStep.setVisible(true);
        } catch (ValidationProblem problem) {
            columns.show(problem);
            Notifications.error(problem.getMessage());
        }
    }

    private void importRows() {
        if (sheet == null || previewed == null) {
            return;
        }
        SheetData read = sheet;
        ColumnMapping mapping = previewed;
        // What went wrong since the preview (a reference taken meanwhile, say) shows in the preview again.
        new SaveAttempt().call(() -> actionImport.importActions(read, mapping)).ifPresentOrElse(outcome -> {
            Notifications.success(outcome.message());
            reset();
            fileStep.done(outcome.message());
        }, this::preview);
    }

    /** What the admin chose, on top of what was offered, so that a guess they cleared is remembered as refused. */
    private ColumnMapping mapping() {
        return statusValues.applyTo(columns.chosen(suggested))
                .withOption(MappedRow.BLANK_CLEARS, blankClears.getValue())
                .withOption(ActionSheetFields.UNKNOWN_OWNER_LEFT_EMPTY, unknownOwnersEmpty.getValue());
    }

    private void offerStatusValues() {
        if (sheet != null) {
            ColumnMapping columnsOnly = suggested.with(ActionImport.STATUS, columns.field(ActionImport.STATUS)
                    .getValue());
            statusValues.show(actionImport.statusValues(sheet, columnsOnly));
        }
    }

    private void forgetPreview() {
        previewed = null;
        importButton.setEnabled(false);
        checkStep.setVisible(false);
    }

    private void reset() {
        sheet = null;
        forgetPreview();
        mappingStep.setVisible(false);
        fileStep.clear();
    }

}
