package org.tandem.action.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.action.ActionImport;
import org.tandem.action.ActionStatus;
import org.tandem.shared.spreadsheet.ColumnMapping;

/**
 * The value-mapping step of the import: what each of the sheet's own status values ("G", "Complete", "Amber/Red")
 * stands for in Tandem. Shown only when the status column holds values Tandem does not read by itself.
 */
class StatusValues extends Composite<Div> {

    final Map<String, ComboBox<ActionStatus>> meanings = new LinkedHashMap<>();
    private final FormLayout form = new FormLayout();
    private final Runnable changed;

    StatusValues(Runnable changed) {
        this.changed = changed;
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        getContent().add(new H3("What the sheet's statuses mean"), new Paragraph("Tandem's statuses are "
                + "Not started, On track, At risk, Off track, Complete and Cancelled. Say which one each of the "
                + "sheet's values stands for; a value left empty is an error of its rows."), form);
        getContent().setVisible(false);
    }

    void show(List<ActionImport.StatusValue> values) {
        meanings.clear();
        form.removeAll();
        for (ActionImport.StatusValue value : values) {
            ComboBox<ActionStatus> meaning = new ComboBox<>("\u201c" + value.value() + "\u201d in the sheet means");
            meaning.setItems(ActionStatus.values());
            meaning.setItemLabelGenerator(ActionStatus::label);
            meaning.setValue(value.meaning());
            meaning.addValueChangeListener(event -> changed.run());
            meanings.put(value.value(), meaning);
            form.add(meaning);
        }
        getContent().setVisible(!values.isEmpty());
    }

    ColumnMapping applyTo(ColumnMapping mapping) {
        ColumnMapping result = mapping;
        for (var entry : meanings.entrySet()) {
            ActionStatus meaning = entry.getValue().getValue();
            result = result.withMeaning(ActionImport.STATUS, entry.getKey(), meaning == null ? null : meaning.name());
        }
        return result;
    }
}
