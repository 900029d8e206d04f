package org.tandem.risk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.vaadin.flow.function.ValueProvider;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.tandem.people.Roles;
import org.tandem.risk.RiskDraft;
import org.tandem.risk.RiskImport;
import org.tandem.risk.RiskImportRow;
import org.tandem.shared.ValidationProblem;
import org.tandem.shared.spreadsheet.ColumnMapping;
import org.tandem.shared.spreadsheet.ImportPreview;
import org.tandem.shared.spreadsheet.ImportRow;
import org.tandem.shared.spreadsheet.SheetData;
import org.tandem.shared.spreadsheet.SpreadsheetReader;
import org.tandem.shared.ui.ColumnChoices;
import org.tandem.shared.ui.ImportFileStep;
import org.tandem.shared.ui.Notifications;
import org.tandem.shared.ui.SaveAttempt;

/**
 * Imports a council's existing risk register in three steps: upload it, match its columns to Tandem's fields,
 * then check every row (what was read how, and any score that contradicts its likelihood × impact) and import.
 * Reached from the register, so it is not in the menu.
 */
@Route("risks/import")
@PageTitle("Import a risk register | Tandem")
@RolesAllowed(Roles.ADMIN)
public class RiskImportView extends Main {

    private static final Map<String, String> HINTS = Map.of(
            RiskImport.OWNER, "Username or the person's name",
            RiskImport.SCORE, "A score such as 20, or 4x5 (likelihood × impact)",
            RiskImport.LIKELIHOOD, "1 to 5",
            RiskImport.IMPACT, "1 to 5",
            RiskImport.NEXT_REVIEW, "dd/mm/yyyy",
            RiskImport.DIRECTION, "Arrows or words; kept as a note",
            RiskImport.CONFIDENTIAL, "Yes or No");

    private final RiskImport riskImport;
    final ImportFileStep fileStep;
    final ColumnChoices columns;
    final Button preview = new Button("Preview");
    final Button importButton = new Button("Import");
    final Paragraph summary = new Paragraph();
    final Checkbox onlyErrors = new Checkbox("Show only rows with errors");
    final Grid<ImportRow<RiskImportRow>> rows = new Grid<>();
    final Section mappingStep = new Section();
    final Section checkStep = new Section();
    private List<ImportRow<RiskImportRow>> previewedRows = List.of();
    private @Nullable SheetData sheet;
    private @Nullable ColumnMapping previewed;
    private ColumnMapping suggested = ColumnMapping.none();

    public RiskImportView(RiskImport riskImport) {
        this.riskImport = riskImport;
        addClassName("page");

        fileStep = new ImportFileStep("Title rows above the headings and blank rows are skipped.", this::receive);
        columns = new ColumnChoices(RiskImport.FIELDS, HINTS, key -> forgetPreview());
        preview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        preview.addClickListener(event -> preview());
        mappingStep.add(new H2("2. Match the sheet's columns to Tandem's fields"), new Paragraph("Each row "
                + "raises a new risk. Give likelihood and impact in their own columns, or only a score; a risk at "
                + "the board's score is escalated as when raised by hand."), columns, preview);
        mappingStep.addClassName("card");

        summary.setId("import-summary");
        summary.getElement().setAttribute("role", "status");
        onlyErrors.addValueChangeListener(event -> showRows());
        rows.addColumn(ImportRow::rowNumber).setHeader("Row").setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(row -> row.ok() ? "New risk" : "Not imported").setHeader("Outcome").setAutoWidth(true)
                .setFlexGrow(0);
        rows.addColumn(row -> row.ok() ? row.value().draft().getReference() : row.label()).setHeader("Reference")
                .setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(value(row -> row.draft().getTitle())).setHeader("Title").setFlexGrow(3);
        rows.addColumn(value(RiskImportRow::owner)).setHeader("Owner").setFlexGrow(1);
        rows.addColumn(value(RiskImportRow::category)).setHeader("Category").setFlexGrow(1);
        rows.addColumn(value(row -> score(row.draft()))).setHeader("Residual").setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(row -> String.join("; ", row.errors())).setHeader("Errors").setFlexGrow(3);
        rows.addColumn(row -> String.join("; ", row.ok() ? row.value().notes() : row.warnings()))
                .setHeader("How it was read").setFlexGrow(3);
        rows.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        rows.setAriaLabel("Rows of the sheet and what the import will do with each");
        rows.setEmptyStateText("No rows to show.");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(event -> importRows());
        checkStep.add(new H2("3. Check the rows and import"), summary, onlyErrors, rows, importButton);
        checkStep.addClassName("card");

        add(new H1("Import a risk register"), fileStep, mappingStep, checkStep);
        reset();
    }

    /** The uploaded file: read it, then offer the mapping. Package-private so that tests can hand over a file. */
    void receive(String filename, byte[] bytes) {
        reset();
        try {
            SheetData read = SpreadsheetReader.read(filename, new ByteArrayInputStream(bytes));
            sheet = read;
            suggested = riskImport.suggestMapping(read.headers());
            columns.offer(read.headers(), suggested);
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
            ImportPreview<RiskImportRow> result = riskImport.preview(sheet, mapping);
            previewedRows = result.rows();
            summary.setText(result.summary() + (result.hasErrors() ? ". Correct the rows with errors in the sheet "
                    + "and upload it again: nothing is imported until every row is ready." : "."));
            onlyErrors.setValue(result.hasErrors());
            onlyErrors.setVisible(result.hasErrors());
            showRows();
            previewed = result.hasErrors() ? null : mapping;
            importButton.setText(String.format(Locale.UK, "Import %,d %s", result.rows().size(),
                    result.rows().size() == 1 ? "risk" : "risks"));
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
        new SaveAttempt().call(() -> riskImport.importRisks(read, mapping)).ifPresentOrElse(count -> {
            String message = String.format(Locale.UK, "%,d %s imported into the register.", count,
                    count == 1 ? "risk" : "risks");
            Notifications.success(message);
            reset();
            fileStep.done(message);
        }, this::preview);
    }

    private ColumnMapping mapping() {
        return columns.chosen(suggested);
    }

    private void showRows() {
        rows.setItems(onlyErrors.getValue() ? previewedRows.stream().filter(row -> !row.ok()).toList()
                : previewedRows);
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

    private static String score(RiskDraft draft) {
        Integer likelihood = draft.getResidualLikelihood();
        Integer impact = draft.getResidualImpact();
        return likelihood == null || impact == null ? "" : likelihood * impact + " (" + likelihood + " × " + impact
                + ")";
    }

    private static ValueProvider<ImportRow<RiskImportRow>, String> value(Function<RiskImportRow, String> text) {
        return row -> row.value() == null ? "" : text.apply(row.value());
    }
}
