package org.tandem.action.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import org.tandem.action.ActionStatus;
import org.tandem.action.ProgressUpdate;
import org.tandem.action.UpdateDraft;
import org.tandem.shared.ui.Forms;
import org.tandem.shared.ui.NumberRange;
import org.tandem.shared.ui.SaveAttempt;
import org.tandem.shared.ui.TextLimits;

/** A half-term's update: status, percentage and what was done, what difference it made, what next. */
class UpdateForm extends FormLayout {

    // A combo box rather than a select: axe-core finds an ARIA attribute that Vaadin's select button may not have.
    final ComboBox<ActionStatus> status = new ComboBox<>();
    final IntegerField percent = new IntegerField("Percent complete");
    final TextArea narrative = new TextArea("What was done, what difference it made, what next");
    private final BeanValidationBinder<UpdateDraft> binder = Forms.binder(UpdateDraft.class);
    private UpdateDraft draft = new UpdateDraft();

    UpdateForm() {
        status.setLabel("Status");
        status.setItems(ActionStatus.reportable());
        status.setItemLabelGenerator(ActionStatus::label);
        NumberRange.between(percent, 0, 100);
        percent.setStepButtonsVisible(true);
        percent.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        TextLimits.limit(narrative, ProgressUpdate.NARRATIVE_LENGTH);
        narrative.setMinHeight("8em");
        binder.forField(status).asRequired("Choose a status").bind(UpdateDraft::getStatus, UpdateDraft::setStatus);
        binder.forField(percent).asRequired("Enter a percentage from 0 to 100")
                .withValidator(value -> value >= 0 && value <= 100, "Enter a percentage from 0 to 100")
                .bind(UpdateDraft::getPercentComplete, UpdateDraft::setPercentComplete);
        binder.forField(narrative).withValidator(TextLimits.fits(ProgressUpdate.NARRATIVE_LENGTH))
                .bind("narrative");
        add(status, percent, narrative);
        setColspan(narrative, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
    }

    void edit(UpdateDraft newDraft) {
        this.draft = newDraft;
        binder.readBean(newDraft);
    }

    boolean writeTo() {
        return Forms.write(binder, draft);
    }

    UpdateDraft draft() {
        return draft;
    }

    /** A save of this form: a problem at its field, any other at the narrative. */
    SaveAttempt saving() {
        return new SaveAttempt().at("percentComplete", percent).at("status", status).otherwise(narrative);
    }
}
