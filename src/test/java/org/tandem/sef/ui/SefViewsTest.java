package org.tandem.sef.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.people.InitialPeople;
import org.tandem.people.Person;
import org.tandem.people.Role;
import org.tandem.people.SystemAuthentication;
import org.tandem.people.UserService;
import org.tandem.sef.EditionStatus;
import org.tandem.sef.EvaluationDraft;
import org.tandem.sef.EvidenceFilter;
import org.tandem.sef.EvidenceKind;
import org.tandem.sef.EvidenceService;
import org.tandem.sef.SefFixture;
import org.tandem.sef.SefFrameworks;
import org.tandem.sef.SefService;
import org.tandem.sef.LinkTarget;
import org.tandem.sef.SupportedItem;
import org.tandem.feedback.FeedbackFixture;
import org.tandem.feedback.FeedbackRegister;
import org.tandem.feedback.FeedbackService;
import org.tandem.risk.RiskFixture;
import org.tandem.risk.RiskService;
import com.vaadin.flow.component.html.Anchor;
import org.tandem.shared.ui.BritishDatePicker;
import org.tandem.support.MutableClock;
import org.tandem.support.PlanFixture;
import org.tandem.support.UiTest;

class SefViewsTest extends UiTest {

    static final LocalDate TODAY = LocalDate.of(2057, 2, 3);

    @Autowired
    SefService sef;
    @Autowired
    SefFrameworks frameworks;
    @Autowired
    EvidenceService evidence;
    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;
    @Autowired
    MutableClock clock;
    @Autowired
    PlanFixture plans;
    @Autowired
    RiskService riskService;
    @Autowired
    FeedbackService feedbackService;
    @Autowired
    FeedbackRegister feedbackRegister;

    SefFixture given;

    @BeforeEach
    void anEdition() {
        clock.setDate(TODAY);
        given = new SefFixture(sef, frameworks, evidence).edition();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aBoardMemberReadsTheOverviewAndSubmitsTheEditionToTheBoard() {
        Person member = person(Role.BOARD_MEMBER);
        loginAs(member.username(), Role.BOARD_MEMBER);
        UI.getCurrent().navigate(SefOverviewView.class, QueryParameters.of("edition",
                String.valueOf(given.editionId)));

        assertThat(_get(H1.class).getText()).isEqualTo("SEF " + given.year);
        SefOverviewView view = _get(SefOverviewView.class);
        assertThat(GridKt._size(view.grid)).isEqualTo(11);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("Not yet judged", "No evidence linked.");
        assertThat(_find(Button.class, spec -> spec.withText("Start a new edition"))).isEmpty();

        _click(_get(Button.class, spec -> spec.withText("Submit to the board")));
        List<Button> submits = _find(Button.class, spec -> spec.withText("Submit to the board"));
        _click(submits.getLast());

        NotificationsKt.expectNotifications("SEF " + given.year + " was submitted to the board.");
        assertThat(view.status.getText()).startsWith("Submitted to the board");
        assertThat(_find(Button.class, spec -> spec.withText("Record the board's approval"))).hasSize(1);
        assertThat(SystemAuthentication.call(() -> sef.overview(given.editionId)).edition().status())
                .isEqualTo(EditionStatus.SUBMITTED);
    }

    @Test
    void aCriterionsOwnerReviewsItOnItsPage() {
        Person lead = person(Role.WORKSTREAM_LEAD);
        long id = given.row(0).evaluationId();
        SystemAuthentication.run(() -> {
            EvaluationDraft draft = sef.edit(id);
            draft.setOwnerId(lead.id());
            sef.review(draft);
        });
        loginAs(lead.username(), Role.WORKSTREAM_LEAD);
        UI.getCurrent().navigate(CriterionView.class, new RouteParameters("id", String.valueOf(id)));

        CriterionView view = _get(CriterionView.class);
        _setValue(view.judgement, "Developing");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What we know")), "Waits for assessment fell.");
        _click(_get(Button.class, spec -> spec.withText("Save the review")));

        NotificationsKt.expectNotifications("Saved the review of Needs are identified and assessed in time.");
        assertThat(given.row(0).judgement()).isEqualTo("Developing");
        assertThat(given.row(0).lastReviewedOn()).isEqualTo(TODAY);
    }

    @Test
    void onAnApprovedEditionTheCriterionPageOffersNoFormAndSaysItIsFrozen() {
        given.judge(0, "Secure", TODAY, Set.of());
        SystemAuthentication.run(() -> sef.submit(given.editionId, sef.overview(given.editionId).edition()
                .version()));
        SystemAuthentication.run(() -> sef.approve(given.editionId, sef.overview(given.editionId).edition()
                .version(), TODAY, "PB/57/2"));
        Person admin = person(Role.ADMIN);
        loginAs(admin.username(), Role.ADMIN);
        UI.getCurrent().navigate(CriterionView.class, new RouteParameters("id",
                String.valueOf(given.row(0).evaluationId())));

        assertThat(_find(Button.class, spec -> spec.withText("Save the review"))).isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class).stream()
                .map(com.vaadin.flow.component.html.Paragraph::getText))
                .anyMatch(text -> text.startsWith("Approved by the board on 3 February 2057 (minute PB/57/2); "
                        + "frozen"));
    }

    @Test
    void addingEvidenceWithNothingFilledInNamesEveryMissingFieldAtOnce() {
        Person rep = person(Role.FORUM_REP);
        loginAs(rep.username(), Role.FORUM_REP);
        UI.getCurrent().navigate(EvidenceLibraryView.class);
        _click(_get(Button.class, spec -> spec.withText("Add evidence")));
        EvidenceDialog dialog = _get(EvidenceDialog.class);
        assertThat(List.of(dialog.title.isRequiredIndicatorVisible(), dialog.voice.isRequiredIndicatorVisible(),
                dialog.evidencedOn.isRequiredIndicatorVisible())).as("marked before anyone presses").containsOnly(true);

        _click(_get(Button.class, spec -> spec.withText("Add to the library")));

        // Until now only the date spoke (the first rule by name); the title and the voice came one press each later.
        assertThat(dialog.evidencedOn.getErrorMessage()).isEqualTo("Give the date the evidence is from.");
        assertThat(dialog.title.getErrorMessage()).isEqualTo("Give the evidence a title.");
        assertThat(dialog.voice.getErrorMessage()).isEqualTo("Choose whose voice this evidence carries.");
        assertThat(List.of(dialog.title.isInvalid(), dialog.voice.isInvalid(), dialog.evidencedOn.isInvalid()))
                .containsOnly(true);
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void aForumRepAddsFamilyFeedbackWithALinkToTheLibrary() {
        Person rep = person(Role.FORUM_REP);
        loginAs(rep.username(), Role.FORUM_REP);
        UI.getCurrent().navigate(EvidenceLibraryView.class);
        _click(_get(Button.class, spec -> spec.withText("Add evidence")));

        EvidenceDialog dialog = _get(EvidenceDialog.class);
        assertThat(dialog.kind.getListDataView().getItems().toList()).containsExactly(EvidenceKind.FAMILY_FEEDBACK);
        assertThat(dialog.kind.getValue()).isEqualTo(EvidenceKind.FAMILY_FEEDBACK);
        String title = unique("Forum coffee morning");
        _setValue(dialog.title, title);
        _setValue(dialog.voice, org.tandem.sef.Voice.PARENT_CARERS);
        _setValue(dialog.evidencedOn, TODAY.minusDays(3));
        _setValue(dialog.link, "ftp://forum.example.org/notes");
        _click(_get(Button.class, spec -> spec.withText("Add to the library")));
        assertThat(dialog.link.isInvalid()).isTrue();
        assertThat(dialog.link.getErrorMessage()).isEqualTo("Give a web address starting with https:// or http://.");

        _setValue(dialog.link, "https://forum.example.org/notes");
        _click(_get(Button.class, spec -> spec.withText("Add to the library")));

        NotificationsKt.expectNotifications("Added to the library.");
        assertThat(SystemAuthentication.call(() -> evidence.count(new EvidenceFilter(title, null, null, null))))
                .isEqualTo(1);
    }

    @Test
    void anAdminLinksEvidenceToAPriorityARiskAndAYouSaidWeDidItemAndSeesThemByNameOnReopening() {
        String planName = unique("Sef links");
        PlanFixture.Plan plan = plans.plan(planName);
        RiskFixture riskPeople = new RiskFixture(people, users, riskService);
        String riskTitle = unique("Too few specialist places");
        long riskId = riskPeople.raised(riskTitle, 4, 4);
        FeedbackFixture families = new FeedbackFixture(people, users, feedbackService, feedbackRegister);
        String said = unique("Parents said the wait for an assessment was far too long and nobody rang back");
        long feedbackId = families.logged(said, TODAY.minusDays(10));
        org.springframework.security.core.context.SecurityContextHolder.clearContext();

        Person admin = person(Role.ADMIN);
        loginAs(admin.username(), Role.ADMIN);
        UI.getCurrent().navigate(EvidenceLibraryView.class);
        _click(_get(Button.class, spec -> spec.withText("Add evidence")));
        EvidenceDialog dialog = _get(EvidenceDialog.class);
        String title = unique("Waiting times audit");
        _setValue(dialog.title, title);
        _setValue(dialog.kind, EvidenceKind.AUDIT);
        _setValue(dialog.voice, org.tandem.sef.Voice.DATA);
        _setValue(dialog.evidencedOn, TODAY.minusDays(3));
        _setValue(dialog.link, "https://council.example.org/audit");
        _setValue(dialog.criteria, Set.of(given.row(0)));
        SupportedItem priority = pick(dialog.priorities, planName);
        SupportedItem risk = pick(dialog.risks, riskTitle);
        SupportedItem item = pick(dialog.feedback, said.substring(said.length() - 8));
        assertThat(priority.id()).isEqualTo(plan.priorityId());
        assertThat(risk.id()).isEqualTo(riskId);
        assertThat(item.id()).isEqualTo(feedbackId);
        assertThat(item.label()).startsWith("“Parents said the wait").endsWith("…”");
        _click(_get(Button.class, spec -> spec.withText("Add to the library")));
        NotificationsKt.expectNotifications("Added to the library.");

        EvidenceLibraryView library = _get(EvidenceLibraryView.class);
        _setValue(library.text, title);
        assertThat(GridKt._size(library.grid)).isEqualTo(1);
        var supports = _find(GridKt._getCellComponent(library.grid, 0, "supports"), Anchor.class);
        assertThat(supports).extracting(Anchor::getText).containsExactly("Priority " + priority.label(),
                "Risk " + risk.label(), "You said, we did: " + item.label());
        assertThat(supports).extracting(Anchor::getHref).containsExactly("priorities/" + plan.priorityId(),
                "risks/" + riskId, "feedback/" + feedbackId);

        _click(_get(GridKt._getCellComponent(library.grid, 0, "change"), Button.class,
                spec -> spec.withText("Edit")));
        EvidenceDialog reopened = _find(EvidenceDialog.class).getLast();
        assertThat(reopened.priorities.getValue()).containsExactly(priority);
        assertThat(reopened.risks.getValue()).containsExactly(risk);
        assertThat(reopened.feedback.getValue()).containsExactly(item);
        _setValue(reopened.risks, Set.of());
        _click(_get(reopened, Button.class, spec -> spec.withText("Save the changes")));
        NotificationsKt.expectNotifications("Saved the changes.");

        UI.getCurrent().navigate(CriterionView.class, new RouteParameters("id",
                String.valueOf(given.row(0).evaluationId())));
        assertThat(_find(_get(CriterionView.class), Anchor.class).stream().map(Anchor::getText))
                .contains("Priority " + priority.label(), "You said, we did: " + item.label())
                .doesNotContain("Risk " + risk.label());
    }

    @Test
    void linkingEvidenceToARiskThatNoLongerExistsIsRefusedAndNothingIsSaved() {
        Person admin = person(Role.ADMIN);
        loginAs(admin.username(), Role.ADMIN);
        String title = unique("Audit of nothing");
        org.tandem.sef.EvidenceDraft draft = new org.tandem.sef.EvidenceDraft();
        draft.setTitle(title);
        draft.setKind(EvidenceKind.AUDIT);
        draft.setVoice(org.tandem.sef.Voice.DATA);
        draft.setEvidencedOn(TODAY);
        draft.setLink("https://council.example.org/none");
        draft.setOtherLinks(Set.of(new org.tandem.sef.EvidenceLink(LinkTarget.RISK, -5)));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> evidence.add(draft, null))
                .hasMessage("One of those risks no longer exists, or you may not see it.");
        assertThat(evidence.count(new EvidenceFilter(title, null, null, null))).isZero();
    }

    /** Types words into the lazy list, as a person would, and takes the one suggestion. */
    private SupportedItem pick(com.vaadin.flow.component.combobox.MultiSelectComboBox<SupportedItem> field,
            String words) {
        @SuppressWarnings("unchecked")
        var provider = (com.vaadin.flow.data.provider.DataProvider<SupportedItem, String>) field.getDataProvider();
        List<SupportedItem> suggestions = provider.fetch(new com.vaadin.flow.data.provider.Query<>(0, 50, null,
                null, words)).toList();
        assertThat(suggestions).hasSize(1);
        _setValue(field, Set.of(suggestions.getFirst()));
        return suggestions.getFirst();
    }

    @Test
    void anAdminCopiesTheShippedFrameworkAndRewordsACriterionInTheCopy() {
        Person admin = person(Role.ADMIN);
        loginAs(admin.username(), Role.ADMIN);
        UI.getCurrent().navigate(FrameworksView.class);
        String name = unique("Our framework");
        _click(_find(Button.class, spec -> spec.withText("Copy this framework")).getFirst());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name of the copy")), name);
        _click(_get(Button.class, spec -> spec.withText("Copy")));
        NotificationsKt.expectNotifications("Copied as " + name + ".");

        long copy = SystemAuthentication.call(() -> frameworks.templates()).stream()
                .filter(t -> t.name().equals(name)).findFirst().orElseThrow().id();
        long criterion = SystemAuthentication.call(() -> frameworks.templates()).stream()
                .filter(t -> t.id() == copy).findFirst().orElseThrow().areas().getFirst().criteria().getFirst().id();
        com.vaadin.flow.component.Component block = _get(com.vaadin.flow.component.html.H2.class,
                spec -> spec.withText(name)).getParent().orElseThrow();
        assertThat(_find(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withText(
                "Area SEND framework (Ofsted and CQC, 2023, updated 2025)")).getParent().orElseThrow(), Button.class,
                spec -> spec.withText("Reword"))).isEmpty();
        _click(_find(block, Button.class, spec -> spec.withText("Reword")).getFirst());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Criterion")), "Needs are spotted early");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(SystemAuthentication.call(() -> frameworks.templates()).stream().filter(t -> t.id() == copy)
                .findFirst().orElseThrow().areas().getFirst().criteria().getFirst())
                .satisfies(item -> {
                    assertThat(item.id()).isEqualTo(criterion);
                    assertThat(item.title()).isEqualTo("Needs are spotted early");
                });
    }

    private Person person(Role role) {
        String username = unique("sef-" + role.name().toLowerCase().replace('_', '-'));
        people.user(username, "Person " + username, null, null, PlanFixture.PASSWORD, List.of(role));
        return SystemAuthentication.call(() -> users.everyone()).stream()
                .filter(p -> p.username().equals(username)).findFirst().orElseThrow();
    }
}
