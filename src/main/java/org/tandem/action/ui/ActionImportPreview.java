package org.tandem.action.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.ValueProvider;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.tandem.action.ActionImportRow;
import org.tandem.shared.spreadsheet.ImportPreview;
import org.tandem.shared.spreadsheet.ImportRow;

/** The rows of a previewed import with what each will do or what is wrong with it; text only. */
class ActionImportPreview extends Composite<VerticalLayout> {

    private static final DateTimeFormatter DATE = org.tandem.shared.BritishDates.NUMERIC;

    final Paragraph summary = new Paragraph();
    final Checkbox onlyErrors = new Checkbox("Show only rows with errors");
    final Grid<ImportRow<ActionImportRow>> grid = new Grid<>();
    private List<ImportRow<ActionImportRow>> rows = List.of();

    ActionImportPreview() {
        summary.setId("import-summary");
        summary.getElement().setAttribute("role", "status");
        summary.addClassName("figure");
        onlyErrors.addValueChangeListener(event -> showRows());
        grid.addColumn(ImportRow::rowNumber).setHeader("Row").setKey("row").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.ok() ? row.value().outcome() : "Not imported").setHeader("Outcome")
                .setKey("outcome").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.ok() ? row.value().reference() : row.label()).setHeader("Reference")
                .setKey("reference").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(value(ActionImportRow::title)).setHeader("Title").setKey("title").setFlexGrow(3);
        grid.addColumn(value(row -> String.valueOf(row.priorityNumber()))).setHeader("Priority").setKey("priority")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(value(ActionImportRow::owner)).setHeader("Owner").setKey("owner").setFlexGrow(1);
        grid.addColumn(value(row -> date(row.dueDate()))).setHeader("Due date").setKey("due").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(value(row -> row.status().label() + ", " + row.percentComplete() + "%")).setHeader("Status")
                .setKey("status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(value(row -> row.changes().stream().map(ActionImportRow.Change::describe)
                .collect(java.util.stream.Collectors.joining("; ")))).setHeader("Changes").setKey("changes")
                .setFlexGrow(3);
        grid.addColumn(row -> String.join("; ", row.errors())).setHeader("Errors").setKey("errors").setFlexGrow(3);
        grid.addColumn(row -> String.join("; ", row.warnings())).setHeader("Warnings").setKey("warnings")
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel("Rows of the sheet and what the import will do with each");
        grid.setEmptyStateText("No rows to show.");
        getContent().setPadding(false);
        getContent().add(summary, onlyErrors, grid);
    }

    void show(ImportPreview<ActionImportRow> preview) {
        rows = preview.rows();
        summary.setText(preview.summary() + (preview.hasErrors()
                ? ". Correct the rows with errors in the sheet and upload it again: nothing is imported until "
                        + "every row is ready."
                : "."));
        onlyErrors.setValue(preview.hasErrors());
        onlyErrors.setVisible(preview.hasErrors());
        showRows();
    }

    private void showRows() {
        grid.setItems(onlyErrors.getValue() ? rows.stream().filter(row -> !row.ok()).toList() : rows);
    }

    private static ValueProvider<ImportRow<ActionImportRow>, String> value(
            Function<ActionImportRow, @Nullable String> text) {
        return row -> {
            if (row.value() == null) {
                return "";
            }
            String shown = text.apply(row.value());
            return shown == null ? "" : shown;
        };
    }

    private static String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
