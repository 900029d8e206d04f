package org.tandem.action.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.action.ActionFilter;
import org.tandem.action.ActionPlanService;
import org.tandem.action.ActionStatus;
import org.tandem.people.Role;
import org.tandem.shared.Rag;
import org.tandem.people.SystemAuthentication;
import org.tandem.support.MutableClock;
import org.tandem.support.PlanFixture;
import org.tandem.support.UiTest;

class ActionViewsTest extends UiTest {

    static final LocalDate TODAY = LocalDate.of(2033, 11, 18);

    @Autowired
    PlanFixture fixture;
    @Autowired
    ActionPlanService plan;
    @Autowired
    MutableClock clock;
    @Autowired
    org.tandem.action.ActionService actions;

    PlanFixture.Plan thePlan;
    long onTrack;
    long late;

    @BeforeEach
    void aPlan() {
        fixture.year(2033);
        clock.setDate(TODAY);
        thePlan = fixture.plan("Views");
        onTrack = fixture.action(thePlan, "We will map short breaks across the area", TODAY.minusMonths(1),
                TODAY.plusMonths(5));
        late = fixture.action(thePlan, "We will publish the transport review", TODAY.minusMonths(6),
                TODAY.minusDays(10));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void filtersLiveInTheUrlAndNarrowTheGrid() {
        loginAs("plan-board", Role.BOARD_MEMBER);
        ActionFilter filter = ActionFilter.none().withPriority(thePlan.priorityId());
        UI.getCurrent().navigate(ActionPlanView.class, new QueryParameters(filter.toQuery()));
        ActionPlanView view = _get(ActionPlanView.class);
        assertThat(view.priority.getValue().id()).isEqualTo(thePlan.priorityId());
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(view.matches.getText()).isEqualTo("2 actions match.");

        _setValue(view.overdue, true);

        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("overdue", java.util.List.of("true"))
                .containsEntry("priority", java.util.List.of(String.valueOf(thePlan.priorityId())));
        ActionPlanView after = _get(ActionPlanView.class);
        assertThat(GridKt._size(after.grid)).isEqualTo(1);
        assertThat(GridKt._get(after.grid, 0).id()).isEqualTo(late);
        assertThat(GridKt._get(after.grid, 0).rag()).isEqualTo(Rag.RED);
    }

    @Test
    void aBoardMemberReadsAnActionButSeesNoFormsToChangeIt() {
        loginAs("plan-board", Role.BOARD_MEMBER);
        UI.getCurrent().navigate(ActionView.class, new RouteParameters("id", String.valueOf(onTrack)));
        assertThat(_find(Button.class, spec -> spec.withText("Edit action"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Save update"))).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).endsWith("We will map short breaks across the area");
    }

    @Test
    void theLeadGivesThisHalfTermsUpdateOnTheActionPage() {
        loginAs(thePlan.lead().username(), Role.WORKSTREAM_LEAD);
        UI.getCurrent().navigate(ActionView.class, new RouteParameters("id", String.valueOf(onTrack)));
        @SuppressWarnings("unchecked")
        ComboBox<ActionStatus> status = _get(ComboBox.class, spec -> spec.withLabel("Status"));
        _setValue(status, ActionStatus.AT_RISK);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Percent complete")), 30);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What was done, what difference it made, what next")),
                "Mapped two of five localities. <b>Families</b> helped choose what to count.");
        _click(_get(Button.class, spec -> spec.withText("Save update")));

        NotificationsKt.expectNotifications("Saved the Autumn 2 2033/34 update.");
        var updates = SystemAuthentication.call(() -> plan.updates(onTrack));
        assertThat(updates).singleElement().satisfies(update -> {
            assertThat(update.status()).isEqualTo(ActionStatus.AT_RISK);
            assertThat(update.narrative()).contains("<b>Families</b>");
        });
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class).stream()
                .map(p -> p.getText()).toList()).contains("Mapped two of five localities. <b>Families</b> helped "
                + "choose what to count.");
    }

    @Test
    void anEmptyNarrativeIsShownAtTheFieldAndNothingIsSaved() {
        loginAs(thePlan.lead().username(), Role.WORKSTREAM_LEAD);
        UI.getCurrent().navigate(ActionView.class, new RouteParameters("id", String.valueOf(onTrack)));
        _click(_get(Button.class, spec -> spec.withText("Save update")));
        TextArea narrative = _get(TextArea.class, spec -> spec.withLabel(
                "What was done, what difference it made, what next"));
        assertThat(narrative.isInvalid()).isTrue();
        assertThat(SystemAuthentication.call(() -> plan.updates(onTrack))).isEmpty();
    }

    @Test
    void myActionsPutsThoseNeedingAnUpdateFirstAndSavesAnUpdateInOneStep() {
        loginAs(thePlan.lead().username(), Role.WORKSTREAM_LEAD);
        UI.getCurrent().navigate(MyActionsView.class);
        MyActionsView view = _get(MyActionsView.class);
        assertThat(view.summary.getText()).startsWith("2 actions; 2 need an update.");
        var cards = _find(Section.class, spec -> spec.withClasses("my-action"));
        assertThat(cards).hasSize(2);

        Section first = cards.getFirst();
        _setValue(_get(first, TextArea.class), "Booked the review panel with the forum for January.");
        _click(_get(first, Button.class, spec -> spec.withText("Save update for " + plan_reference(first))));

        assertThat(_get(MyActionsView.class).summary.getText()).startsWith("2 actions; 1 needs an update.");
    }

    @Test
    void aBoardMemberOverridesAPrioritysRagWithAReasonThatIsShown() {
        loginAs("plan-board-override", Role.BOARD_MEMBER);
        UI.getCurrent().navigate(PriorityView.class, new RouteParameters("id", String.valueOf(thePlan.priorityId())));
        @SuppressWarnings("unchecked")
        ComboBox<Rag> rag = _get(ComboBox.class, spec -> spec.withLabel("Board's RAG"));
        assertThat(rag.getValue()).isEqualTo(Rag.RED);
        _setValue(rag, Rag.AMBER);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Reason for the override")),
                "The late review is with the printers; it is a week behind, not a failure.");
        _click(_get(Button.class, spec -> spec.withText("Override the RAG")));

        var card = SystemAuthentication.call(() -> plan.card(thePlan.priorityId()).orElseThrow());
        assertThat(card.rag()).isEqualTo(Rag.AMBER);
        assertThat(card.derivedRag()).isEqualTo(Rag.RED);
        assertThat(card.reason()).contains("a week behind");
    }

    @Test
    void theOverviewShowsEachPriorityWithItsRagAndOverdueCount() {
        fixture.makeCurrent(thePlan);
        loginAs("plan-forum", Role.FORUM_REP);
        UI.getCurrent().navigate(PrioritiesView.class);
        String text = _find(Section.class, spec -> spec.withClasses("priority-card")).stream()
                .map(section -> section.getElement().getTextRecursively())
                .filter(t -> t.contains("Views priority")).findFirst().orElseThrow();
        assertThat(text).contains("Red").contains("1 action overdue").contains("2 actions");
    }

    @Test
    void whenSomeoneElseSavedTheActionFirstTheLeadSeesTheirTitleAndKeepsTheirOwn() {
        loginAs(thePlan.lead().username(), Role.WORKSTREAM_LEAD);
        UI.getCurrent().navigate(ActionView.class, new RouteParameters("id", String.valueOf(onTrack)));
        _click(_get(Button.class, spec -> spec.withText("Edit action")));
        SystemAuthentication.run(() -> {
            var theirs = actions.edit(onTrack);
            theirs.setTitle("We will map short breaks in every locality");
            actions.update(theirs);
        });
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("We will ...")),
                "We will map short breaks with families");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(_get(org.tandem.shared.ui.ConflictNotice.class).getElement().getTextRecursively())
                .contains("We will ... now reads: We will map short breaks in every locality");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(SystemAuthentication.call(() -> plan.details(onTrack).title()))
                .isEqualTo("We will map short breaks with families");
    }

    private String plan_reference(Section card) {
        String title = _get(card, com.vaadin.flow.router.RouterLink.class).getText();
        return title.substring(0, title.indexOf(' '));
    }
}
