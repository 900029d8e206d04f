package org.tandem.feedback.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.tandem.shared.ui.BritishDatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tandem.action.ActionRow;
import org.tandem.feedback.ActivityDraft;
import org.tandem.feedback.ActivityKind;
import org.tandem.feedback.ActivityRow;
import org.tandem.feedback.CoProductionService;
import org.tandem.feedback.FeedbackRow;
import org.tandem.shared.ui.NumberRange;
import org.tandem.shared.ui.TextLimits;

/** Logs a co-production activity, or corrects one. */
class ActivityDialog extends RecordDialog {

    ActivityDialog(CoProductionService service, List<ActionRow> actionChoices, List<FeedbackRow> feedbackChoices,
            @Nullable ActivityRow row, Runnable afterSave) {
        super(row == null ? "Log an activity" : "Edit activity");
        DatePicker heldOn = field("heldOn", new BritishDatePicker("Date it took place"));
        heldOn.setRequired(true);
        ComboBox<ActivityKind> kind = field("kind", new ComboBox<>("Kind of activity"));
        kind.setItems(ActivityKind.values());
        kind.setItemLabelGenerator(ActivityKind::label);
        kind.setRequired(true);
        TextField title = field("title", new TextField("What the activity was"));
        TextLimits.limit(title, ActivityDraft.TITLE_LENGTH);
        title.setRequired(true);
        IntegerField parents = field("parents", count("Parents and carers who took part"));
        IntegerField youngPeople = field("youngPeople", count("Children and young people who took part"));
        IntegerField professionals = field("professionals", count("Professionals who took part"));
        TextArea whatChanged = field("whatChanged", new TextArea("What changed as a result"));
        TextLimits.limit(whatChanged, ActivityDraft.CHANGED_LENGTH);
        whatChanged.setRequired(true);
        MultiSelectComboBox<ActionRow> actions = field("actionIds",
                new MultiSelectComboBox<>("Linked actions (optional)"));
        actions.setItems(actionChoices);
        actions.setItemLabelGenerator(action -> action.reference() + " " + action.title());
        MultiSelectComboBox<FeedbackRow> feedback = field("feedbackIds",
                new MultiSelectComboBox<>("Linked feedback (optional)"));
        feedback.setItems(feedbackChoices);
        feedback.setItemLabelGenerator(CoProductionView::feedbackLabel);
        if (row != null) {
            heldOn.setValue(row.heldOn());
            kind.setValue(row.kind());
            title.setValue(row.title());
            parents.setValue(row.parents());
            youngPeople.setValue(row.youngPeople());
            professionals.setValue(row.professionals());
            whatChanged.setValue(row.whatChanged());
            actions.setValue(actionChoices.stream().filter(a -> row.actionIds().contains(a.id()))
                    .collect(Collectors.toSet()));
            feedback.setValue(feedbackChoices.stream().filter(f -> row.feedbackIds().contains(f.id()))
                    .collect(Collectors.toSet()));
        }
        FormLayout form = new FormLayout(heldOn, kind, title, parents, youngPeople, professionals, whatChanged,
                actions, feedback);
        form.setColspan(title, 2);
        form.setColspan(whatChanged, 2);
        form.setColspan(actions, 2);
        form.setColspan(feedback, 2);
        add(form);
        saveWith(row == null ? "Log activity" : "Save activity", () -> {
            ActivityDraft draft = new ActivityDraft(row == null ? null : row.id(), row == null ? 0 : row.version(),
                    heldOn.getValue(), kind.getValue(), title.getValue(), parents.getValue(),
                    youngPeople.getValue(), professionals.getValue(), whatChanged.getValue(),
                    actions.getValue().stream().map(ActionRow::id).collect(Collectors.toSet()),
                    feedback.getValue().stream().map(FeedbackRow::id).collect(Collectors.toSet()));
            if (row == null) {
                service.logActivity(draft);
            } else {
                service.updateActivity(draft);
            }
        }, row == null ? "Activity logged." : "Activity saved.", afterSave);
    }

    private static IntegerField count(String label) {
        IntegerField field = new IntegerField(label);
        NumberRange.between(field, 0, ActivityDraft.MAX_PEOPLE);
        field.setHelperText("Leave empty if this group did not take part");
        return field;
    }
}
