package org.tandem.feedback.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.tandem.shared.ui.BritishDatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tandem.feedback.CoProductionService;
import org.tandem.feedback.SignatoryDraft;
import org.tandem.feedback.SignatoryRow;
import org.tandem.people.OrganisationSummary;
import org.tandem.shared.ui.TextLimits;

/** Adds a signatory of the pledge, or corrects one. */
class SignatoryDialog extends RecordDialog {

    SignatoryDialog(CoProductionService service, List<OrganisationSummary> organisations,
            @Nullable SignatoryRow row, Runnable afterSave) {
        super(row == null ? "Add a signatory" : "Edit signatory");
        ComboBox<OrganisationSummary> organisation = field("organisationId", new ComboBox<>("Organisation"));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setRequired(true);
        organisation.setWidthFull();
        DatePicker signedOn = field("signedOn", new BritishDatePicker("Date signed"));
        signedOn.setRequired(true);
        TextField contact = field("contactName", new TextField("Contact who signed"));
        TextLimits.limit(contact, SignatoryDraft.CONTACT_LENGTH);
        contact.setRequired(true);
        contact.setWidthFull();
        TextArea commitments = field("commitments", new TextArea("What the organisation commits to"));
        TextLimits.limit(commitments, SignatoryDraft.COMMITMENTS_LENGTH);
        commitments.setRequired(true);
        commitments.setWidthFull();
        if (row != null) {
            organisation.setValue(organisations.stream().filter(o -> o.id() == row.organisationId()).findFirst()
                    .orElse(null));
            signedOn.setValue(row.signedOn());
            contact.setValue(row.contactName());
            commitments.setValue(row.commitments());
        }
        add(organisation, signedOn, contact, commitments);
        saveWith(row == null ? "Add signatory" : "Save signatory", () -> {
            SignatoryDraft draft = new SignatoryDraft(row == null ? null : row.id(), row == null ? 0 : row.version(),
                    organisation.getValue() == null ? null : organisation.getValue().id(), signedOn.getValue(),
                    contact.getValue(), commitments.getValue());
            if (row == null) {
                service.addSignatory(draft);
            } else {
                service.updateSignatory(draft);
            }
        }, row == null ? "Signatory added." : "Signatory saved.", afterSave);
    }
}
