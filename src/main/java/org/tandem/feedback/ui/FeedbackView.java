package org.tandem.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.tandem.action.ActionFilter;
import org.tandem.action.ActionPlanService;
import org.tandem.action.ActionRow;
import org.tandem.feedback.Feedback;
import org.tandem.feedback.FeedbackDetails;
import org.tandem.feedback.FeedbackRegister;
import org.tandem.feedback.FeedbackService;
import org.tandem.feedback.Finding;
import org.tandem.feedback.NextStep;
import org.tandem.feedback.ResponseDraft;
import org.tandem.feedback.ResponseKind;
import org.tandem.feedback.StepInfo;
import org.tandem.feedback.Theme;
import org.tandem.people.OrganisationService;
import org.tandem.people.OrganisationSummary;
import org.tandem.people.Person;
import org.tandem.people.UserService;
import org.tandem.shared.TandemProperties;
import org.tandem.shared.ValidationProblem;
import org.tandem.shared.ui.Dates;
import org.tandem.shared.ui.HistoryPanel;
import org.tandem.shared.ui.Notifications;
import org.tandem.shared.ui.TextLimits;
import org.tandem.shared.ui.SaveAttempt;

/** One piece of feedback: what was said, its response and public wording, the next step for those allowed, its
 * timeline and history. */
@Route("feedback/:id")
@PageTitle("Feedback | Tandem")
@PermitAll
public class FeedbackView extends Main implements BeforeEnterObserver {

    static final int ACTION_CHOICES = 500;

    private final FeedbackRegister register;
    private final FeedbackService service;
    private final FeedbackEditing editing;
    private final OrganisationService organisations;
    private final UserService users;
    private final TandemProperties properties;
    private final ActionPlanService plan;
    private long id;

    public FeedbackView(FeedbackRegister register, FeedbackService service, FeedbackEditing editing,
            OrganisationService organisations, UserService users, TandemProperties properties,
            ActionPlanService plan) {
        this.register = register;
        this.service = service;
        this.editing = editing;
        this.organisations = organisations;
        this.users = users;
        this.properties = properties;
        this.plan = plan;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show();
        } catch (NumberFormatException | ValidationProblem e) {
            event.forwardTo(FeedbackRegisterView.class);
        }
    }

    void show() {
        removeAll();
        FeedbackDetails item = register.details(id);
        add(new RouterLink("← You said, we did", FeedbackRegisterView.class));
        add(new H1("You said: " + FeedbackRows.summary(item.whatWasSaid())));
        add(new Paragraph("Stage: " + item.stage().label() + (item.overdue() ? ". No response after "
                + register.responseDays() + " days: overdue." : ".")));
        add(details(item));
        if (item.may(NextStep.EDIT)) {
            add(new Button("Edit what was said", event -> editing.edit(id, saved -> show())));
        }
        if (item.may(NextStep.ASSIGN)) {
            add(assignSection(item));
        }
        if (item.may(NextStep.RESPOND)) {
            add(responseSection(item));
        }
        if (item.may(NextStep.WORD)) {
            add(wordingSection(item));
        }
        if (item.may(NextStep.PUBLISH)) {
            add(publishSection(item));
        }
        if (item.may(NextStep.UPDATE_PUBLISHED)) {
            add(updateSection(item));
        }
        if (item.may(NextStep.WITHDRAW)) {
            add(withdrawSection(item));
        }
        if (item.may(NextStep.ARCHIVE)) {
            Button archive = new Button("Archive", event -> run(() -> service.archive(id, item.version()),
                    "Archived."));
            archive.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(archive);
        }
        add(timeline());
        HistoryPanel history = new HistoryPanel(properties.timeZone());
        history.setEntries(register.history(id));
        add(history);
    }

    private DescriptionList details(FeedbackDetails item) {
        DescriptionList list = new DescriptionList();
        list.addClassName("details");
        term(list, "What was said", item.whatWasSaid());
        term(list, "Said on", Dates.format(item.saidOn()) + ", at a " + item.channel().label().toLowerCase());
        term(list, "From", item.voiceGroup().label() + (item.peopleCount() == null ? ""
                : ", about " + item.peopleCount()));
        term(list, "Themes", item.themes().isEmpty() ? "None" : item.themes().stream().sorted().map(Theme::label)
                .collect(Collectors.joining(", ")));
        term(list, "Priorities", item.priorities().isEmpty() ? "None" : String.join("; ", item.priorities()));
        term(list, "Logged", "By " + item.loggedBy() + " on " + Dates.format(item.loggedOn()));
        term(list, "Assigned to", item.officer() == null ? "Not yet assigned"
                : item.officer() + (item.organisation() == null ? "" : ", " + item.organisation()));
        if (item.responseKind() != null) {
            term(list, "Response", item.responseKind().label() + ": " + item.responseText());
        }
        if (item.couldNotReason() != null) {
            term(list, "Why it could not be done", item.couldNotReason());
        }
        if (!item.actions().isEmpty()) {
            term(list, "Actions that carry it out", String.join("; ", item.actions()));
        }
        if (item.publicYouSaid() != null) {
            term(list, "Public \"you said\"", item.publicYouSaid());
            term(list, "Public \"we did\"", item.publicWeDid());
        }
        if (item.publishedAt() != null) {
            term(list, "Published", Dates.format(item.publishedAt(), properties.timeZone()));
        }
        if (item.withdrawnReason() != null) {
            term(list, "Withdrawn because", item.withdrawnReason());
        }
        return list;
    }

    private static void term(DescriptionList list, String term, String text) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(new Span(text)));
    }

    private Section assignSection(FeedbackDetails item) {
        Section section = card("Assign for a response");
        ComboBox<OrganisationSummary> organisation = new ComboBox<>("Partner organisation");
        List<OrganisationSummary> all = organisations.list();
        organisation.setItems(all);
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        all.stream().filter(o -> o.id() == (item.organisationId() == null ? -1 : item.organisationId())).findFirst()
                .ifPresent(organisation::setValue);
        ComboBox<Person> officer = new ComboBox<>("Officer who writes the response");
        List<Person> people = users.everyone();
        officer.setItems(people);
        officer.setItemLabelGenerator(Person::displayName);
        people.stream().filter(p -> item.officerId() != null && p.id() == item.officerId()).findFirst()
                .ifPresent(officer::setValue);
        SaveAttempt assigning = new SaveAttempt().at("organisationId", organisation).at("officerId", officer);
        Button assign = new Button("Assign", event -> run(assigning, () -> service.assign(id, item.version(),
                organisation.getValue() == null ? null : organisation.getValue().id(),
                officer.getValue() == null ? null : officer.getValue().id()), "Assigned."));
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(organisation, officer, assign);
        return section;
    }

    private Section responseSection(FeedbackDetails item) {
        Section section = card("The response (\"we did\")");
        Select<ResponseKind> kind = new Select<>();
        kind.setLabel("What happened");
        kind.setItems(ResponseKind.values());
        kind.setItemLabelGenerator(ResponseKind::label);
        kind.setValue(item.responseKind());
        TextArea text = new TextArea("What was done, or is being done");
        TextLimits.limit(text, Feedback.RESPONSE_LENGTH);
        text.setWidthFull();
        text.setValue(item.responseText() == null ? "" : item.responseText());
        TextArea reason = new TextArea("If it could not be done: why");
        TextLimits.limit(reason, Feedback.REASON_LENGTH);
        reason.setWidthFull();
        reason.setValue(item.couldNotReason() == null ? "" : item.couldNotReason());
        MultiSelectComboBox<ActionRow> actions = new MultiSelectComboBox<>("Actions that carry it out (optional)");
        List<ActionRow> rows = plan.list(ActionFilter.none(), PageRequest.of(0, ACTION_CHOICES,
                Sort.by("reference"))).getContent();
        actions.setItems(rows);
        actions.setItemLabelGenerator(row -> row.reference() + " " + row.title());
        actions.setValue(rows.stream().filter(row -> item.actionIds().contains(row.id())).collect(Collectors.toSet()));
        actions.setWidthFull();
        SaveAttempt answering = new SaveAttempt().at("responseKind", kind).at("responseText", text)
                .at("couldNotReason", reason).at("actionIds", actions);
        Button save = new Button("Save response", event -> run(answering, () -> service.draftResponse(id,
                item.version(), new ResponseDraft(kind.getValue(), text.getValue(), reason.getValue(),
                        actions.getValue().stream().map(ActionRow::id).collect(Collectors.toSet()))),
                "Response saved; it now waits for the forum to agree it."));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(kind, text, reason, actions, save);
        return section;
    }

    private Section wordingSection(FeedbackDetails item) {
        Section section = card("Public wording, agreed with the forum");
        section.add(new Paragraph("This is all the public will see. Write it for families, in plain English, "
                + "with no names, contact details or dates of birth."));
        TextArea youSaid = new TextArea("You said");
        TextLimits.limit(youSaid, Feedback.PUBLIC_LENGTH);
        youSaid.setWidthFull();
        youSaid.setValue(item.publicYouSaid() == null ? "" : item.publicYouSaid());
        TextArea weDid = new TextArea("We did");
        TextLimits.limit(weDid, Feedback.PUBLIC_LENGTH);
        weDid.setWidthFull();
        weDid.setValue(item.publicWeDid() == null ? (item.responseText() == null ? "" : item.responseText())
                : item.publicWeDid());
        SaveAttempt wording = new SaveAttempt().at("publicYouSaid", youSaid).at("publicWeDid", weDid);
        Button save = new Button("Save wording", event -> run(wording, () -> service.word(id, item.version(),
                youSaid.getValue(), weDid.getValue()), "Wording saved."));
        section.add(youSaid, weDid, save);
        if (item.may(NextStep.AGREE)) {
            // What the forum agrees is what is in the form, saved or not.
            Button agree = new Button("Agree response", event -> run(wording, () -> service.agree(id,
                    item.version(), youSaid.getValue(), weDid.getValue()),
                    "Agreed with the forum; it can now be published."));
            agree.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(agree);
        }
        return section;
    }

    private Section publishSection(FeedbackDetails item) {
        Section section = card("Publish");
        List<Finding> findings = service.findings(id);
        Map<Finding, Checkbox> confirmations = new LinkedHashMap<>();
        if (findings.isEmpty()) {
            section.add(new Paragraph("The personal-data check found nothing in the public wording. Read it once "
                    + "more before publishing: the check cannot catch everything."));
        } else {
            section.add(new Paragraph("The personal-data check found what may be personal data. Edit the wording "
                    + "above, or confirm each one you have checked is safe to publish:"));
            UnorderedList list = new UnorderedList();
            list.addClassName("findings");
            for (Finding finding : findings) {
                Checkbox confirm = new Checkbox("Checked, safe to publish: " + finding.describe());
                confirmations.put(finding, confirm);
                list.add(new ListItem(confirm));
            }
            section.add(list);
        }
        Button publish = new Button("Publish", event -> {
            Set<String> confirmed = confirmations.entrySet().stream().filter(e -> e.getValue().getValue())
                    .map(e -> e.getKey().key()).collect(Collectors.toSet());
            run(() -> service.publish(id, item.version(), confirmed), "Published on the public page.");
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(publish);
        return section;
    }

    /** New wording for a published item, checked for personal data like the first publication. */
    private Section updateSection(FeedbackDetails item) {
        Section section = card("Update the published wording");
        TextArea youSaid = publicArea("You said", item.publicYouSaid());
        TextArea weDid = publicArea("We did", item.publicWeDid());
        UnorderedList list = new UnorderedList();
        list.addClassName("findings");
        Map<Finding, Checkbox> confirmations = new LinkedHashMap<>();
        Button check = new Button("Check for personal data", event -> {
            list.removeAll();
            confirmations.clear();
            List<Finding> findings = service.findings(youSaid.getValue(), weDid.getValue());
            if (findings.isEmpty()) {
                list.add(new ListItem("The check found nothing."));
            }
            for (Finding finding : findings) {
                Checkbox confirm = new Checkbox("Checked, safe to publish: " + finding.describe());
                confirmations.put(finding, confirm);
                list.add(new ListItem(confirm));
            }
        });
        Button update = new Button("Update published wording", event -> {
            Set<String> confirmed = confirmations.entrySet().stream().filter(e -> e.getValue().getValue())
                    .map(e -> e.getKey().key()).collect(Collectors.toSet());
            run(new SaveAttempt().at("publicYouSaid", youSaid).at("publicWeDid", weDid),
                    () -> service.updatePublished(id, item.version(), youSaid.getValue(), weDid.getValue(), confirmed),
                    "The public page shows the new wording.");
        });
        update.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(youSaid, weDid, check, list, update);
        return section;
    }

    private static TextArea publicArea(String label, String value) {
        TextArea area = new TextArea(label);
        TextLimits.limit(area, Feedback.PUBLIC_LENGTH);
        area.setWidthFull();
        area.setValue(value == null ? "" : value);
        return area;
    }

    private Section withdrawSection(FeedbackDetails item) {
        Section section = card("Withdraw from the public page");
        TextField reason = new TextField("Why is it withdrawn?");
        TextLimits.limit(reason, Feedback.REASON_LENGTH);
        reason.setWidthFull();
        Button withdraw = new Button("Withdraw", event -> run(new SaveAttempt().at("withdrawnReason", reason),
                () -> service.withdraw(id, item.version(), reason.getValue()), "Withdrawn from the public page."));
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        section.add(reason, withdraw);
        return section;
    }

    private Section timeline() {
        Section section = new Section(new H2("Timeline"));
        UnorderedList list = new UnorderedList();
        for (StepInfo step : register.timeline(id)) {
            list.add(new ListItem(Dates.format(step.takenAt(), properties.timeZone()) + ": "
                    + step.kind().label() + " by " + step.takenBy() + (step.note() == null ? "" : ". " + step.note())));
        }
        section.add(list);
        return section;
    }

    private static Section card(String title) {
        Section section = new Section(new H2(title));
        section.addClassName("card");
        return section;
    }

    private void run(Runnable work, String done) {
        run(new SaveAttempt(), work, done);
    }

    /** A step taken: the page again as it now is, or (after a conflict) as the other person left it. */
    private void run(SaveAttempt attempt, Runnable work, String done) {
        if (attempt.onConflict(this::show).run(work)) {
            Notifications.success(done);
            show();
        }
    }
}
