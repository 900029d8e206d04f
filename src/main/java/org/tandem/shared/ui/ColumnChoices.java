package org.tandem.shared.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.tandem.shared.ValidationProblem;
import org.tandem.shared.spreadsheet.ColumnMapping;
import org.tandem.shared.spreadsheet.ImportField;

/** The second step of a spreadsheet import: for each of Tandem's fields, which of the sheet's columns holds it. */
public final class ColumnChoices extends FormLayout {

    private final Map<String, ComboBox<String>> columns = new LinkedHashMap<>();

    /**
     * @param hints   a short line under a field on what its cells may hold, by field key
     * @param changed told the key of a field whose column the admin changed (a preview shown is then out of date)
     */
    public ColumnChoices(List<ImportField> fields, Map<String, String> hints, Consumer<String> changed) {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        for (ImportField field : fields) {
            ComboBox<String> column = new ComboBox<>(field.label() + (field.required() ? " (required)" : ""));
            column.setRequiredIndicatorVisible(field.required());
            column.setClearButtonVisible(true);
            column.setPlaceholder("Not in this sheet");
            column.setHelperText(hints.getOrDefault(field.key(), ""));
            column.addValueChangeListener(event -> {
                column.setInvalid(false);
                changed.accept(field.key());
            });
            columns.put(field.key(), column);
            add(column);
        }
    }

    /** Offers the sheet's headings in every field, with the guessed ones chosen. */
    public void offer(List<String> headers, ColumnMapping suggested) {
        columns.forEach((key, column) -> {
            column.setItems(headers);
            column.setValue(suggested.column(key).orElse(null));
        });
    }

    /** What the admin chose, on top of what was offered, so that a guess they cleared is remembered as refused. */
    public ColumnMapping chosen(ColumnMapping suggested) {
        ColumnMapping mapping = suggested;
        for (var entry : columns.entrySet()) {
            mapping = mapping.with(entry.getKey(), entry.getValue().getValue());
        }
        return mapping;
    }

    /** Shows a problem with the mapping on its field and moves focus there; false when it names no field here. */
    public boolean show(ValidationProblem problem) {
        ComboBox<String> column = columns.get(problem.field());
        if (column == null) {
            return false;
        }
        column.setErrorMessage(problem.getMessage());
        column.setInvalid(true);
        column.focus();
        return true;
    }

    public ComboBox<String> field(String key) {
        ComboBox<String> column = columns.get(key);
        if (column == null) {
            throw new IllegalArgumentException("No such field: " + key);
        }
        return column;
    }
}
