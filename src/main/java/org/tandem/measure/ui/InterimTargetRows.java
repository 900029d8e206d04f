package org.tandem.measure.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.NumberField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tandem.measure.InterimTarget;
import org.tandem.shared.ui.BritishDatePicker;
import org.tandem.shared.ui.Forms;

/**
 * The interim targets of a measure as rows of a value and a date, added and removed by button. Each row's fields
 * are numbered in their labels ("Interim target 2: date"), so a screen reader says which row a field is in, and the
 * service's message about one row ({@code interimTargets[1]}) is shown at that row's date.
 */
class InterimTargetRows extends Div {

    final List<Row> rows = new ArrayList<>();
    final Button add = new Button("Add an interim target", e -> addRow(null));
    private final Div list = new Div();
    private final int most;

    /** One interim target's fields. */
    final class Row extends FlexLayout {
        final NumberField value = new NumberField();
        final BritishDatePicker date = new BritishDatePicker("");
        final Button remove = new Button();

        Row(@Nullable InterimTarget target) {
            addClassName("interim-row");
            setFlexWrap(FlexWrap.WRAP);
            if (target != null) {
                value.setValue(target.value());
                date.setValue(target.on());
            }
            remove.addClickListener(e -> removeRow(this));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(value, date, remove);
        }
    }

    InterimTargetRows(int most) {
        this.most = most;
        addClassName("interim-targets");
        add(new Paragraph("Interim targets (optional): steps on the way, each a value and a date between the "
                + "baseline and the target, in date order."), list, add);
    }

    void show(List<InterimTarget> targets) {
        rows.clear();
        list.removeAll();
        targets.forEach(this::addRow);
    }

    Row addRow(@Nullable InterimTarget target) {
        Row row = new Row(target);
        rows.add(row);
        list.add(row);
        relabel();
        return row;
    }

    private void removeRow(Row row) {
        rows.remove(row);
        list.remove(row);
        // A message about the order or the dates may no longer hold: the service checks again on saving.
        rows.forEach(other -> {
            other.value.setInvalid(false);
            other.date.setInvalid(false);
        });
        relabel();
        add.focus();
    }

    private void relabel() {
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            row.value.setLabel("Interim target " + (i + 1) + ": value");
            row.date.setLabel("Interim target " + (i + 1) + ": date");
            row.remove.setText("Remove interim target " + (i + 1));
        }
        add.setEnabled(rows.size() < most);
    }

    /** False when a field could not be read or a row is half filled, each told at its field. */
    boolean check() {
        Object first = null;
        for (Row row : rows) {
            if (row.value.isInvalid() || row.date.isInvalid()) {
                first = first != null ? first : row.value.isInvalid() ? row.value : row.date;
                continue;
            }
            if (row.value.getValue() == null && row.date.getValue() != null) {
                row.value.setErrorMessage("Give the value to reach by that date, or remove the row.");
                row.value.setInvalid(true);
                first = first != null ? first : row.value;
            } else if (row.value.getValue() != null && row.date.getValue() == null) {
                row.date.setErrorMessage("Give the date to reach that value by, or remove the row.");
                row.date.setInvalid(true);
                first = first != null ? first : row.date;
            }
        }
        Forms.focus(first);
        return first == null;
    }

    /** The filled rows, in the order shown; empty rows are left out. */
    List<InterimTarget> targets() {
        List<InterimTarget> targets = new ArrayList<>();
        for (Row row : rows) {
            LocalDate on = row.date.getValue();
            Double value = row.value.getValue();
            if (on != null && value != null) {
                targets.add(new InterimTarget(on, value));
            }
        }
        return targets;
    }

    /** Where the service's message about each row goes. */
    void fieldsInto(Map<String, HasValidation> fields) {
        int filled = 0;
        for (Row row : rows) {
            if (row.date.getValue() != null && row.value.getValue() != null) {
                fields.put("interimTargets[" + filled + "]", row.date);
                fields.put("interimTargets[" + filled + "].value", row.value);
                filled++;
            }
        }
        if (!rows.isEmpty()) {
            fields.put("interimTargets", rows.getFirst().date);
        }
    }
}
