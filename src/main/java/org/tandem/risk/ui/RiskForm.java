package org.tandem.risk.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.tandem.action.ActionRow;
import org.tandem.action.WorkstreamSummary;
import org.tandem.people.OrganisationSummary;
import org.tandem.people.Person;
import org.tandem.risk.AffectedGroup;
import org.tandem.risk.Category;
import org.tandem.risk.Level;
import org.tandem.risk.Risk;
import org.tandem.risk.RiskDraft;
import org.tandem.risk.RiskResponse;
import org.tandem.shared.ValidationProblem;
import org.tandem.shared.ui.BritishDatePicker;
import org.tandem.shared.ui.Forms;
import org.tandem.shared.ui.TextLimits;

/** The fields of a risk, with the same limits as the service; each field says its limit. */
class RiskForm extends FormLayout {

    final TextField reference = text("Reference", Risk.REFERENCE_LENGTH);
    final TextField title = text("Title", Risk.TITLE_LENGTH);
    final TextArea cause = area("Cause (because of ...)", Risk.STATEMENT_LENGTH);
    final TextArea event = area("Event (there is a risk that ...)", Risk.STATEMENT_LENGTH);
    final TextArea consequence = area("Consequence (which would mean ...)", Risk.STATEMENT_LENGTH);
    final ComboBox<Category> category = new ComboBox<>("Category");
    final ComboBox<Person> owner = new ComboBox<>("Owner");
    final ComboBox<WorkstreamSummary> workstream = new ComboBox<>("Workstream");
    final MultiSelectComboBox<OrganisationSummary> partners = new MultiSelectComboBox<>("Partner organisations");
    final MultiSelectComboBox<org.tandem.strategy.PriorityInfo> priorities = new MultiSelectComboBox<>(
            "Linked priorities");
    final CheckboxGroup<AffectedGroup> groups = new CheckboxGroup<>("Groups affected");
    final MultiSelectComboBox<ActionRow> actions = new MultiSelectComboBox<>("Mitigating actions");
    final IntegerField inherentLikelihood = score("Inherent likelihood");
    final IntegerField inherentImpact = score("Inherent impact");
    final TextArea controls = area("Controls in place", Risk.CONTROLS_LENGTH);
    final IntegerField residualLikelihood = score("Residual likelihood");
    final IntegerField residualImpact = score("Residual impact");
    final TextArea residualNote = area("Why the residual score is above the inherent one", Risk.NOTE_LENGTH);
    final IntegerField targetLikelihood = score("Target likelihood");
    final IntegerField targetImpact = score("Target impact");
    final DatePicker targetDate = new BritishDatePicker("Target date");
    final ComboBox<RiskResponse> response = new ComboBox<>("Response");
    final ComboBox<Level> level = new ComboBox<>("Level");
    final Checkbox confidential = new Checkbox("Confidential (admins, the owner and board members only)");
    final DatePicker nextReviewOn = new BritishDatePicker("Next review");
    private final BeanValidationBinder<RiskDraft> binder = Forms.binder(RiskDraft.class);
    private RiskDraft draft = new RiskDraft();

    RiskForm(Choices choices, boolean creating) {
        reference.setHelperText("Leave empty to number it R-001, R-002 ... Up to " + Risk.REFERENCE_LENGTH
                + " characters.");
        category.setItems(choices.categories().stream().filter(Category::active).toList());
        category.setItemLabelGenerator(c -> c.label() + " (appetite " + c.appetite() + ")");
        owner.setItems(choices.people());
        owner.setItemLabelGenerator(Person::displayName);
        workstream.setItems(choices.workstreams());
        workstream.setItemLabelGenerator(WorkstreamSummary::name);
        workstream.setClearButtonVisible(true);
        partners.setItems(choices.organisations());
        partners.setItemLabelGenerator(OrganisationSummary::name);
        priorities.setItems(choices.priorities());
        priorities.setItemLabelGenerator(org.tandem.strategy.PriorityInfo::label);
        groups.setItems(AffectedGroup.values());
        groups.setItemLabelGenerator(AffectedGroup::label);
        actions.setItems(choices.actions());
        actions.setItemLabelGenerator(a -> a.reference() + " " + a.title());
        // Chips wrap onto more lines rather than shrinking and cutting their names on a narrow screen.
        List.of(partners, priorities, actions).forEach(box -> box.setAutoExpand(
                MultiSelectComboBox.AutoExpandMode.VERTICAL));
        response.setItems(RiskResponse.values());
        response.setItemLabelGenerator(RiskResponse::label);
        level.setItems(Level.values());
        level.setItemLabelGenerator(Level::label);
        level.setVisible(creating);
        nextReviewOn.setHelperText("Leave empty for the band's interval (very high monthly ... low half-yearly).");

        // Bound by property name, so that the draft's rules (a title, what might happen, scores from 1 to 5) show at
        // their fields all at once rather than one per press of Raise.
        binder.forField(reference).bind("reference");
        binder.forField(title).bind("title");
        binder.forField(cause).bind("cause");
        binder.forField(event).bind("event");
        binder.forField(consequence).bind("consequence");
        binder.forField(category).asRequired("Choose a category").bind(d -> choices.categories().stream()
                .filter(c -> c.code().equals(d.getCategory())).findFirst().orElse(null),
                (d, c) -> d.setCategory(c == null ? "" : c.code()));
        binder.forField(owner).asRequired("Choose the risk's owner")
                .bind(d -> find(choices.people(), Person::id, d.getOwnerId()),
                        (d, p) -> d.setOwnerId(p == null ? null : p.id()));
        binder.forField(workstream).bind(d -> find(choices.workstreams(), WorkstreamSummary::id, d.getWorkstreamId()),
                (d, w) -> d.setWorkstreamId(w == null ? null : w.id()));
        binder.forField(partners).bind(d -> choices.organisations().stream().filter(o -> d.getPartnerIds()
                .contains(o.id())).collect(Collectors.toSet()), (d, chosen) -> d.setPartnerIds(chosen.stream()
                .map(OrganisationSummary::id).collect(Collectors.toSet())));
        binder.forField(priorities).bind(d -> choices.priorities().stream().filter(p -> d.getPriorityIds()
                .contains(p.id())).collect(Collectors.toSet()), (d, chosen) -> d.setPriorityIds(chosen.stream()
                .map(org.tandem.strategy.PriorityInfo::id).collect(Collectors.toSet())));
        binder.forField(groups).bind(RiskDraft::getGroups, RiskDraft::setGroups);
        binder.forField(actions).bind(d -> choices.actions().stream().filter(a -> d.getActionIds()
                .contains(a.id())).collect(Collectors.toSet()), (d, chosen) -> d.setActionIds(chosen.stream()
                .map(ActionRow::id).collect(Collectors.toSet())));
        binder.forField(inherentLikelihood).bind("inherentLikelihood");
        binder.forField(inherentImpact).bind("inherentImpact");
        binder.forField(controls).bind("controls");
        binder.forField(residualLikelihood).bind("residualLikelihood");
        binder.forField(residualImpact).bind("residualImpact");
        binder.forField(residualNote).bind(d -> Objects.requireNonNullElse(d.getResidualNote(), ""),
                RiskDraft::setResidualNote);
        binder.forField(targetLikelihood).bind("targetLikelihood");
        binder.forField(targetImpact).bind("targetImpact");
        binder.forField(targetDate).bind("targetDate");
        binder.forField(response).asRequired("Choose the response").bind(RiskDraft::getResponse,
                RiskDraft::setResponse);
        binder.forField(level).bind("level");
        binder.forField(confidential).bind("confidential");
        binder.forField(nextReviewOn).bind("nextReviewOn");

        add(reference, title, cause, event, consequence, category, owner, workstream, level, partners, priorities,
                groups, actions, inherentLikelihood, inherentImpact, controls, residualLikelihood, residualImpact,
                residualNote, targetLikelihood, targetImpact, targetDate, response, nextReviewOn, confidential);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
        for (com.vaadin.flow.component.Component wide : List.<com.vaadin.flow.component.Component>of(title, cause,
                event, consequence, controls, residualNote, partners, priorities,
                groups, actions, confidential)) {
            setColspan(wide, 2);
        }
    }

    void edit(RiskDraft newDraft) {
        this.draft = newDraft;
        binder.readBean(newDraft);
    }

    boolean writeTo() {
        return Forms.write(binder, draft);
    }

    RiskDraft draft() {
        return draft;
    }

    /** Shows a rule the service refused at its field; false when the field is not on this form. */
    boolean show(ValidationProblem problem) {
        Map<String, HasValidation> fields = Map.ofEntries(Map.entry("reference", reference),
                Map.entry("title", title), Map.entry("event", event), Map.entry("category", category),
                Map.entry("ownerId", owner), Map.entry("workstreamId", workstream), Map.entry("partnerIds", partners),
                Map.entry("priorityIds", priorities), Map.entry("actionIds", actions),
                Map.entry("inherentLikelihood", inherentLikelihood), Map.entry("inherentImpact", inherentImpact),
                Map.entry("residualLikelihood", residualLikelihood), Map.entry("residualImpact", residualImpact),
                Map.entry("residualNote", residualNote), Map.entry("targetLikelihood", targetLikelihood),
                Map.entry("targetImpact", targetImpact), Map.entry("targetDate", targetDate),
                Map.entry("nextReviewOn", nextReviewOn));
        HasValidation field = fields.get(problem.field());
        if (field == null) {
            return false;
        }
        field.setErrorMessage(problem.getMessage());
        field.setInvalid(true);
        Forms.focus(field);
        return true;
    }

    static IntegerField score(String label) {
        IntegerField field = new IntegerField(label);
        field.setMin(1);
        field.setMax(5);
        field.setStepButtonsVisible(true);
        field.setRequiredIndicatorVisible(true);
        field.setHelperText("A whole number from 1 to 5");
        return field;
    }

    static TextField text(String label, int length) {
        return TextLimits.limit(new TextField(label), length);
    }

    static TextArea area(String label, int length) {
        return TextLimits.limit(new TextArea(label), length);
    }

    private static <T> T find(List<T> items, ToLongFunction<T> id, Long wanted) {
        return wanted == null ? null
                : items.stream().filter(item -> Objects.equals(id.applyAsLong(item), wanted)).findFirst().orElse(null);
    }

    /** What the form's pickers offer. */
    record Choices(List<Category> categories, List<Person> people, List<WorkstreamSummary> workstreams,
            List<OrganisationSummary> organisations, List<org.tandem.strategy.PriorityInfo> priorities,
            List<ActionRow> actions) {
    }
}
