package org.tandem.action.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.tandem.action.ActionDraft;
import org.tandem.action.ActionItem;
import org.tandem.action.CoProductionPartner;
import org.tandem.action.WorkstreamSummary;
import org.tandem.people.OrganisationSummary;
import org.tandem.people.Person;
import org.tandem.shared.ui.BritishDatePicker;
import org.tandem.shared.ui.Forms;
import org.tandem.shared.ui.SaveAttempt;
import org.tandem.shared.ui.TextLimits;
import org.tandem.strategy.PriorityInfo;

/** The fields of an action, with the same limits and rules as the service. */
class ActionForm extends FormLayout {

    final TextField reference = new TextField("Reference");
    final TextField title = new TextField("We will ...");
    final TextArea description = new TextArea("Description");
    final ComboBox<PriorityInfo> priority = new ComboBox<>("Priority");
    final ComboBox<WorkstreamSummary> workstream = new ComboBox<>("Workstream");
    final ComboBox<Person> owner = new ComboBox<>("Owner");
    final MultiSelectComboBox<OrganisationSummary> partners = new MultiSelectComboBox<>("Partner organisations");
    final DatePicker startDate = new BritishDatePicker("Start");
    final DatePicker dueDate = new BritishDatePicker("Due");
    final CheckboxGroup<CoProductionPartner> coProducedWith = new CheckboxGroup<>("Co-produced with");
    private final BeanValidationBinder<ActionDraft> binder = Forms.binder(ActionDraft.class);
    private ActionDraft draft = new ActionDraft();

    ActionForm(List<PriorityInfo> priorities, List<WorkstreamSummary> workstreams, List<Person> people,
            List<OrganisationSummary> organisations) {
        reference.setHelperText("Leave empty to number it automatically, e.g. 2.3 for the third action of priority 2.");
        TextLimits.limit(reference, ActionItem.REFERENCE_LENGTH);
        TextLimits.limit(title, ActionItem.TITLE_LENGTH);
        title.setRequiredIndicatorVisible(true);
        TextLimits.limit(description, ActionItem.DESCRIPTION_LENGTH);
        priority.setItems(priorities);
        priority.setItemLabelGenerator(PriorityInfo::label);
        priority.setRequiredIndicatorVisible(true);
        workstream.setItems(workstreams);
        workstream.setItemLabelGenerator(WorkstreamSummary::name);
        workstream.setClearButtonVisible(true);
        owner.setItems(people);
        owner.setItemLabelGenerator(Person::displayName);
        owner.setClearButtonVisible(true);
        partners.setItems(organisations);
        partners.setItemLabelGenerator(OrganisationSummary::name);
        coProducedWith.setItems(CoProductionPartner.values());
        coProducedWith.setItemLabelGenerator(CoProductionPartner::label);

        // Bound by property name, so that the draft's rules (a title, at most so many characters) show at their
        // fields all at once; in the order the fields are shown, so that focus goes to the first one in error.
        binder.forField(reference).bind("reference");
        binder.forField(priority).asRequired("Choose the priority this action serves")
                .bind(d -> find(priorities, PriorityInfo::id, d.getPriorityId()),
                        (d, p) -> d.setPriorityId(p == null ? null : p.id()));
        binder.forField(title).bind("title");
        binder.forField(description).bind("description");
        binder.forField(workstream).bind(d -> find(workstreams, WorkstreamSummary::id, d.getWorkstreamId()),
                (d, w) -> d.setWorkstreamId(w == null ? null : w.id()));
        binder.forField(owner).bind(d -> find(people, Person::id, d.getOwnerId()),
                (d, p) -> d.setOwnerId(p == null ? null : p.id()));
        binder.forField(partners).bind(d -> organisations.stream()
                        .filter(o -> d.getPartnerOrganisationIds().contains(o.id())).collect(Collectors.toSet()),
                (d, chosen) -> d.setPartnerOrganisationIds(chosen.stream().map(OrganisationSummary::id)
                        .collect(Collectors.toSet())));
        binder.forField(startDate).bind("startDate");
        binder.forField(dueDate).withValidator(due -> due == null || startDate.getValue() == null
                        || !due.isBefore(startDate.getValue()), "The due date must be on or after the start date")
                .bind("dueDate");
        binder.forField(coProducedWith).bind("coProducedWith");

        add(reference, priority, title, description, workstream, owner, startDate, dueDate, partners,
                coProducedWith);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
        setColspan(title, 2);
        setColspan(description, 2);
        setColspan(partners, 2);
    }

    void edit(ActionDraft newDraft) {
        this.draft = newDraft;
        binder.readBean(newDraft);
    }

    boolean writeTo() {
        return Forms.write(binder, draft);
    }

    ActionDraft draft() {
        return draft;
    }

    /** Shows a rule the service refused at its field; false when the field is not on this form. */
    /** A save of this form: a problem at its field, any other as a notice. */
    SaveAttempt saving() {
        return new SaveAttempt().at("reference", reference).at("title", title).at("description", description)
                .at("priorityId", priority).at("workstreamId", workstream).at("dueDate", dueDate)
                .at("startDate", startDate);
    }

    private static <T> T find(List<T> items, java.util.function.ToLongFunction<T> id, Long wanted) {
        return wanted == null ? null
                : items.stream().filter(item -> Objects.equals(id.applyAsLong(item), wanted)).findFirst().orElse(null);
    }
}
