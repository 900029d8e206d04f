package org.tandem.measure.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tandem.measure.ValueImport;
import org.tandem.measure.ValueImportRow;
import org.tandem.shared.ValidationProblem;
import org.tandem.shared.spreadsheet.ColumnMapping;
import org.tandem.shared.spreadsheet.ImportField;
import org.tandem.shared.spreadsheet.ImportPreview;
import org.tandem.shared.spreadsheet.ImportRow;
import org.tandem.shared.spreadsheet.SheetData;
import org.tandem.shared.spreadsheet.SpreadsheetReader;
import org.tandem.shared.ui.Notifications;
import org.tandem.shared.ui.SaveAttempt;

/**
 * Many values at once from a spreadsheet: upload it, say which column is which, preview every row (its value,
 * the value it replaces, or what is wrong), and import all rows or none.
 */
@Route("measures/import")
@PageTitle("Import values | Tandem")
@PermitAll
@StyleSheet("styles/measures.css")
public class ValueImportView extends Main {

    final Map<String, ComboBox<String>> columns = new LinkedHashMap<>();
    final Paragraph fileMessage = new Paragraph();
    final Div previewed = new Div();
    final Button importButton = new Button("Import");
    private final ValueImport values;
    private @Nullable SheetData sheet;

    public ValueImportView(ValueImport values) {
        this.values = values;
        addClassNames("page", "measures-page");
        add(new RouterLink("← Enter this period's values", MeasureEntryView.class));
        add(new H1("Import values from a spreadsheet"));
        Upload upload = new Upload(new InMemoryUploadHandler((metadata, bytes) -> receive(metadata.fileName(),
                bytes)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(SpreadsheetReader.MAX_BYTES);
        upload.setAcceptedFileExtensions(".xlsx", ".csv");
        upload.setUploadButton(new Button("Choose a spreadsheet (.xlsx or .csv)"));
        fileMessage.getElement().setAttribute("role", "status");
        add(new Section(new H2("1. Choose the spreadsheet"), new Paragraph("One row per value: the measure's "
                + "name, the period (such as Spring 1 2025/26, Autumn term 2025/26 or 2025/26), and the value or, "
                + "for a percentage or rate, the numerator and denominator."), upload, fileMessage));
        FormLayout form = new FormLayout();
        for (ImportField field : ValueImport.FIELDS) {
            ComboBox<String> column = new ComboBox<>(field.label() + (field.required() ? " (required)" : ""));
            column.setClearButtonVisible(true);
            column.setPlaceholder("Not in this sheet");
            columns.put(field.key(), column);
            form.add(column);
        }
        Button preview = new Button("Preview", event -> preview());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(event -> importAll());
        previewed.getElement().setAttribute("aria-live", "polite");
        add(new Section(new H2("2. Which column is which"), form, preview),
                new Section(new H2("3. Check and import"), previewed, importButton));
    }

    void receive(String fileName, byte[] bytes) {
        try {
            SheetData read = SpreadsheetReader.read(fileName, new ByteArrayInputStream(bytes));
            sheet = read;
            ColumnMapping suggested = values.suggestMapping(read.headers());
            columns.forEach((key, column) -> {
                column.setItems(read.headers());
                column.setValue(suggested.column(key).orElse(null));
            });
            fileMessage.setText(fileName + ": " + read.rows().size() + " rows. Check the columns, then preview.");
        } catch (ValidationProblem problem) {
            sheet = null;
            fileMessage.setText(problem.getMessage());
        }
        previewed.removeAll();
        importButton.setEnabled(false);
    }

    private ColumnMapping mapping() {
        ColumnMapping mapping = ColumnMapping.none();
        for (Map.Entry<String, ComboBox<String>> entry : columns.entrySet()) {
            mapping = mapping.with(entry.getKey(), entry.getValue().getValue());
        }
        return mapping;
    }

    void preview() {
        SheetData read = sheet;
        if (read == null) {
            Notifications.error("Choose a spreadsheet first.");
            return;
        }
        SaveAttempt attempt = new SaveAttempt();
        columns.forEach(attempt::at);
        attempt.call(() -> values.preview(read, mapping())).ifPresent(this::show);
    }

    private void show(ImportPreview<ValueImportRow> preview) {
        previewed.removeAll();
        previewed.add(new Paragraph(preview.summary() + (preview.hasErrors()
                ? ". Correct the rows with errors in the sheet and upload it again: nothing is imported while any "
                        + "row has an error." : ".")));
        List<List<String>> rows = preview.rows().stream().map(ValueImportView::line).toList();
        previewed.add(MeasureText.table("Rows of the sheet", List.of("Row", "Measure and period", "Value",
                "Errors", "Warnings"), rows));
        importButton.setEnabled(!preview.hasErrors());
    }

    private static List<String> line(ImportRow<ValueImportRow> row) {
        ValueImportRow value = row.value();
        return List.of(String.valueOf(row.rowNumber()), value == null ? row.label() : value.measure() + ", "
                + value.periodLabel(), value == null ? "" : value.value(), String.join("; ", row.errors()),
                String.join("; ", row.warnings()));
    }

    void importAll() {
        SheetData read = sheet;
        if (read == null) {
            return;
        }
        new SaveAttempt().call(() -> values.importValues(read, mapping())).ifPresent(count -> {
            Notifications.success("Imported " + count + (count == 1 ? " value." : " values."));
            previewed.removeAll();
            importButton.setEnabled(false);
        });
    }
}
