package org.tandem.sef.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tandem.people.Person;
import org.tandem.people.UserService;
import org.tandem.sef.CriterionPage;
import org.tandem.sef.Evaluation;
import org.tandem.sef.EvaluationDraft;
import org.tandem.sef.EvidenceRow;
import org.tandem.sef.EvidenceService;
import org.tandem.sef.Gap;
import org.tandem.sef.LinkedAction;
import org.tandem.sef.SefService;
import org.tandem.shared.ValidationProblem;
import org.tandem.shared.ui.BritishDatePicker;
import org.tandem.shared.ui.Notifications;
import org.tandem.shared.ui.SaveAttempt;
import org.tandem.shared.ui.TextLimits;

/**
 * One criterion of an edition: its judgement, the narrative in four parts, owner, linked actions and evidence.
 * Its owner and admins review it here while the edition is open; everyone else reads it.
 */
@Route("sef/criterion/:id")
@PageTitle("SEF criterion | Tandem")
@PermitAll
public class CriterionView extends Main implements BeforeEnterObserver {

    final H1 heading = new H1();
    final Div body = new Div();
    final Select<String> judgement = new Select<>();
    final TextArea whatWeKnow = new TextArea("What we know");
    final TextArea howWeKnow = new TextArea("How we know");
    final TextArea whatWeAreDoing = new TextArea("What we are doing");
    final TextArea impactSoFar = new TextArea("Impact so far");
    final ComboBox<Person> owner = new ComboBox<>("Owner");
    final MultiSelectComboBox<LinkedAction> actions = new MultiSelectComboBox<>("Linked actions");
    final BritishDatePicker reviewedOn = new BritishDatePicker("Reviewed on");
    final Button save = new Button("Save the review");
    private final SefService sef;
    private final EvidenceService evidence;
    private final UserService users;
    private long id;
    private EvaluationDraft draft;

    public CriterionView(SefService sef, EvidenceService evidence, UserService users) {
        this.sef = sef;
        this.evidence = evidence;
        this.users = users;
        addClassName("page");
        judgement.setLabel("Judgement");
        judgement.setEmptySelectionAllowed(true);
        judgement.setEmptySelectionCaption("Not yet judged");
        whatWeAreDoing.setHelperText("Link the actions that answer it as well");
        for (TextArea area : List.of(whatWeKnow, howWeKnow, whatWeAreDoing, impactSoFar)) {
            TextLimits.limit(area, Evaluation.NARRATIVE_LENGTH);
        }
        owner.setItemLabelGenerator(Person::displayName);
        owner.setClearButtonVisible(true);
        actions.setItemLabelGenerator(a -> a.reference() + " " + a.title() + " (" + a.rag().label() + ")");
        reviewedOn.setHelperText("Left empty, today");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new RouterLink("Back to the overview", SefOverviewView.class), heading, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show();
        } catch (NumberFormatException | ValidationProblem gone) {
            heading.setText("Criterion not found");
            body.removeAll();
            body.add(new Paragraph("That criterion is not in any edition."));
        }
    }

    private void show() {
        CriterionPage page = sef.criterion(id);
        heading.setText(page.row().title());
        body.removeAll();
        body.add(new Paragraph(page.edition().name() + " · " + page.row().area()), new Paragraph(page.description()));
        body.add(new H2("Judgement"), new Paragraph(page.row().judgementInWords() + ". Evidence: "
                + page.row().strength().inWords()));
        Div gaps = new Div();
        page.row().gaps().stream().map(Gap::inWords).map(Paragraph::new).forEach(gaps::add);
        if (page.row().hasGaps()) {
            body.add(new H3("Gaps"), gaps);
        }
        body.add(new Paragraph("Owner: " + (page.row().owner() == null ? "nobody yet" : page.row().owner())
                + ". Last reviewed: " + SefText.date(page.row().lastReviewedOn()) + "."));
        if (page.row().mayEdit()) {
            body.add(form(page));
        } else {
            body.add(new H2("Narrative"));
            narrative("What we know", page.whatWeKnow());
            narrative("How we know", page.howWeKnow());
            narrative("What we are doing", page.whatWeAreDoing());
            narrative("Impact so far", page.impactSoFar());
            body.add(new H3("Linked actions"), SefText.actions(page.row()));
            if (!page.edition().statusInWords().equals(page.edition().status().label())) {
                body.add(new Paragraph(page.edition().statusInWords() + "."));
            }
        }
        body.add(new H2("Evidence"));
        if (page.evidence().isEmpty()) {
            body.add(new Paragraph("No evidence you may see is linked to this criterion."));
        }
        for (EvidenceRow row : page.evidence()) {
            Div item = new Div(new H3(row.title()), new Paragraph(row.kind().label() + " · " + row.voice().label()
                    + " · " + SefText.date(row.evidencedOn()) + (row.sourceOrganisation().isEmpty() ? ""
                    : " · " + row.sourceOrganisation()) + (row.personalData() ? " · Contains personal data" : "")),
                    SefText.supports(row), SefText.open(row, evidence));
            item.addClassName("sef-evidence");
            body.add(item);
        }
        if (page.evidenceHidden() > 0) {
            body.add(new Paragraph(SefText.hidden(page.evidenceHidden())));
        }
    }

    private void narrative(String label, String text) {
        body.add(new H3(label), new Paragraph(text.isBlank() ? "Not written yet." : text));
    }

    private FormLayout form(CriterionPage page) {
        draft = sef.edit(id);
        judgement.setItems(page.edition().scale());
        judgement.setValue(draft.getJudgement());
        whatWeKnow.setValue(draft.getWhatWeKnow());
        howWeKnow.setValue(draft.getHowWeKnow());
        whatWeAreDoing.setValue(draft.getWhatWeAreDoing());
        impactSoFar.setValue(draft.getImpactSoFar());
        List<Person> people = users.everyone();
        owner.setItems(people);
        owner.setValue(people.stream().filter(p -> draft.getOwnerId() != null && p.id() == draft.getOwnerId())
                .findFirst().orElse(null));
        List<LinkedAction> all = sef.actions();
        actions.setItems(all);
        Map<Long, LinkedAction> byId = all.stream().collect(Collectors.toMap(LinkedAction::id, Function.identity()));
        actions.setValue(draft.getActionIds().stream().map(byId::get).filter(a -> a != null)
                .collect(Collectors.toSet()));
        reviewedOn.clear();
        FormLayout form = new FormLayout(judgement, owner, whatWeKnow, howWeKnow, whatWeAreDoing, actions,
                impactSoFar, reviewedOn, save);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        return form;
    }

    private void save() {
        draft.setJudgement(judgement.getValue());
        draft.setWhatWeKnow(whatWeKnow.getValue());
        draft.setHowWeKnow(howWeKnow.getValue());
        draft.setWhatWeAreDoing(whatWeAreDoing.getValue());
        draft.setImpactSoFar(impactSoFar.getValue());
        draft.setOwnerId(owner.getValue() == null ? null : owner.getValue().id());
        draft.setActionIds(actions.getValue().stream().map(LinkedAction::id).collect(Collectors.toSet()));
        draft.setLastReviewedOn(reviewedOn.getValue());
        boolean saved = new SaveAttempt().at("judgement", judgement).at("whatWeKnow", whatWeKnow)
                .at("howWeKnow", howWeKnow).at("whatWeAreDoing", whatWeAreDoing).at("impactSoFar", impactSoFar)
                .at("ownerId", owner).at("actionIds", actions).at("lastReviewedOn", reviewedOn)
                .onConflict(this::show).run(() -> sef.review(draft));
        if (saved) {
            Notifications.success("Saved the review of " + heading.getText() + ".");
            show();
        }
    }
}
