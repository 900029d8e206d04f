package org.tandem.strategy.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import java.util.Objects;
import org.tandem.people.OrganisationSummary;
import org.tandem.people.Person;
import org.tandem.shared.ui.Forms;
import org.tandem.shared.ui.NumberRange;
import org.tandem.shared.ui.SaveAttempt;
import org.tandem.shared.ui.TextLimits;
import org.tandem.strategy.Priority;
import org.tandem.strategy.PriorityDraft;

/** Number, title, description, outcomes (one a line), board sponsor and lead partner of a priority. */
class PriorityForm extends FormLayout {

    final IntegerField number = new IntegerField("Number");
    final TextField title = new TextField("Short title");
    final TextArea description = new TextArea("Description");
    final TextArea outcomesText = new TextArea("Outcomes: what this will mean for children, young people and families");
    final ComboBox<Person> sponsor = new ComboBox<>("Board sponsor");
    final ComboBox<OrganisationSummary> leadOrganisation = new ComboBox<>("Lead partner organisation");
    private final BeanValidationBinder<PriorityDraft> binder = Forms.binder(PriorityDraft.class);
    private PriorityDraft draft = new PriorityDraft();

    PriorityForm(List<Person> boardMembers, List<OrganisationSummary> organisations) {
        NumberRange.between(number, 1, 99);
        number.setStepButtonsVisible(true);
        TextLimits.limit(title, Priority.TITLE_LENGTH);
        TextLimits.limit(description, Priority.DESCRIPTION_LENGTH);
        outcomesText.setHelperText("One outcome a line, in the order they should appear.");
        sponsor.setItems(boardMembers);
        sponsor.setItemLabelGenerator(Person::displayName);
        sponsor.setClearButtonVisible(true);
        leadOrganisation.setItems(organisations);
        leadOrganisation.setItemLabelGenerator(OrganisationSummary::name);
        leadOrganisation.setClearButtonVisible(true);
        binder.forField(number).asRequired("Enter the priority's number").bind(PriorityDraft::getNumber,
                PriorityDraft::setNumber);
        binder.bindInstanceFields(this);
        binder.forField(sponsor).bind(d -> boardMembers.stream()
                        .filter(p -> Objects.equals(p.id(), d.getSponsorId())).findFirst().orElse(null),
                (d, p) -> d.setSponsorId(p == null ? null : p.id()));
        binder.forField(leadOrganisation).bind(d -> organisations.stream()
                        .filter(o -> Objects.equals(o.id(), d.getLeadOrganisationId())).findFirst().orElse(null),
                (d, o) -> d.setLeadOrganisationId(o == null ? null : o.id()));
        add(number, title, description, outcomesText, sponsor, leadOrganisation);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
        setColspan(description, 2);
        setColspan(outcomesText, 2);
    }

    void edit(PriorityDraft newDraft) {
        this.draft = newDraft;
        binder.readBean(newDraft);
    }

    boolean writeTo() {
        return Forms.write(binder, draft);
    }

    PriorityDraft draft() {
        return draft;
    }

    /** A save of this form: a problem at its field, any other at the description. */
    SaveAttempt saving() {
        return new SaveAttempt().at("number", number).at("title", title).at("outcomes", outcomesText)
                .otherwise(description);
    }
}
