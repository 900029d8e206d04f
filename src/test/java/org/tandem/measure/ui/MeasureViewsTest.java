package org.tandem.measure.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.measure.MeasureFixture;
import org.tandem.measure.MeasureService;
import org.tandem.people.InitialPeople;
import org.tandem.people.Role;
import org.tandem.people.SystemAuthentication;
import org.tandem.people.UserService;
import org.tandem.support.MutableClock;
import org.tandem.support.UiTest;

/** The entry screen, the dashboard and a measure's page, as the people who use them. */
class MeasureViewsTest extends UiTest {

    @Autowired
    MeasureService service;
    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;
    @Autowired
    MutableClock clock;
    @Autowired
    org.tandem.strategy.StrategyService strategy;
    @Autowired
    org.tandem.support.PlanFixture plans;

    MeasureFixture given;

    @BeforeEach
    void peopleOfEveryRole() {
        clock.setDate(MeasureFixture.TODAY);
        given = new MeasureFixture(people, users, service);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anOwnerEntersThePeriodsValueOnTheEntryScreenAndANumeratorAboveItsDenominatorIsToldAtItsField() {
        long id = given.defined(given.draft("Entry"));
        String name = SystemAuthentication.call(() -> service.details(id)).summary().name();
        loginAs(given.owner.username(), Role.WORKSTREAM_LEAD);
        UI.getCurrent().navigate(MeasureEntryView.class);
        MeasureEntryView.EntryCard card = _find(MeasureEntryView.EntryCard.class).stream()
                .filter(c -> c.line.name().equals(name)).findFirst().orElseThrow();
        assertThat(_find(card, com.vaadin.flow.component.html.Paragraph.class).stream().map(p -> p.getText()))
                .contains("Period due: Spring 1 2053/54. Unit: Percent.");
        IntegerField numerator = _get(card, IntegerField.class, spec -> spec.withLabel("Numerator (how many)"));
        _setValue(numerator, 70);
        _setValue(_get(card, IntegerField.class, spec -> spec.withLabel("Denominator (out of how many)")), 60);
        _click(_get(card, Button.class, spec -> spec.withText("Save " + name)));
        assertThat(numerator.isInvalid()).isTrue();
        assertThat(numerator.getErrorMessage()).contains("cannot be more than the denominator");
        assertThat(SystemAuthentication.call(() -> service.details(id)).values()).isEmpty();

        _setValue(numerator, 30);
        _click(_get(card, Button.class, spec -> spec.withText("Save " + name)));
        assertThat(card.state.getText()).startsWith("Entered: 50% (30 of 60)");
    }

    @Test
    void aForumRepReadsTheDashboardWithRagInWordsAndAChartWithAlternativeTextButMayNotDefineMeasures() {
        long id = given.defined(given.draft("Dashboard"));
        given.entered(id, MeasureFixture.SPRING_1, 5, 60);
        String name = SystemAuthentication.call(() -> service.details(id)).summary().name();
        loginAs(given.rep.username(), Role.FORUM_REP);
        UI.getCurrent().navigate(MeasureDashboardView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Measures of success");
        assertThat(_find(Button.class).stream().map(Button::getText)).doesNotContain("New measure");
        assertThat(_find(Image.class).stream().map(Image::getAlt).flatMap(java.util.Optional::stream))
                .anyMatch(alt -> alt.startsWith("Chart of " + name));
        assertThat(_find(com.vaadin.flow.component.html.Div.class).stream().filter(d -> d.hasClassName("rag-line"))
                .map(d -> d.getElement().getTextRecursively())).anyMatch(text -> text.contains("Off track")
                        && text.contains("8.3% for Spring 1 2053/54"));
    }

    @Test
    void anAdminSeesTheMeasurePageWithItsValuesAsATableAndMayEditIt() {
        long id = given.defined(given.draft("Page"));
        given.entered(id, MeasureFixture.SPRING_1, 30, 60);
        loginAs(given.admin.username(), Role.ADMIN);
        UI.getCurrent().navigate(MeasureView.class, new RouteParameters("id", String.valueOf(id)));
        NativeTable values = _find(NativeTable.class).stream().filter(t -> t.getCaptionText().startsWith("Values"))
                .findFirst().orElseThrow();
        List<String> cells = values.getBody().getRows().getFirst().getDataCells().stream().map(c -> c.getText())
                .toList();
        assertThat(cells).startsWith("Spring 1 2053/54", "50%", "30 of 60", "Validated");
        assertThat(_find(Button.class).stream().map(Button::getText)).contains("Edit");
        assertThat(_find(Image.class)).isNotEmpty();
    }

    @Test
    void anAdminRetiresAMeasureFromItsPageAndRestoresItFromTheRetiredListOnTheDashboard() {
        long id = given.defined(given.draft("Retire"));
        given.entered(id, MeasureFixture.SPRING_1, 30, 60);
        String name = SystemAuthentication.call(() -> service.details(id)).summary().name();
        loginAs(given.admin.username(), Role.ADMIN);
        UI.getCurrent().navigate(MeasureView.class, new RouteParameters("id", String.valueOf(id)));
        assertThat(_find(Button.class).stream().map(Button::getText)).contains("Retire").doesNotContain("Delete");
        _click(_get(Button.class, spec -> spec.withText("Retire")));
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class).stream().map(p -> p.getText()))
                .anyMatch(text -> text.startsWith("Retired on 10 March 2054"));
        assertThat(_find(com.vaadin.flow.component.html.H2.class).stream().map(h -> h.getText()))
                .contains("History of changes");

        UI.getCurrent().navigate(MeasureDashboardView.class);
        MeasureDashboardView dashboard = _get(MeasureDashboardView.class);
        assertThat(dashboard.groups.getElement().getTextRecursively()).doesNotContain(name);
        assertThat(dashboard.retired.getElement().getTextRecursively()).contains(name + ", retired on 10 March 2054");
        _click(_get(Button.class, spec -> spec.withText("Restore " + name)));
        assertThat(dashboard.groups.getElement().getTextRecursively()).contains(name);
        assertThat(dashboard.retired.getElement().getTextRecursively()).doesNotContain(name);
    }

    @Test
    void anAdminDeletesAMeasureWithoutValuesOnlyAfterConfirming() {
        long id = given.defined(given.draft("Delete"));
        loginAs(given.admin.username(), Role.ADMIN);
        UI.getCurrent().navigate(MeasureView.class, new RouteParameters("id", String.valueOf(id)));
        _click(_get(Button.class, spec -> spec.withText("Delete")));
        com.vaadin.flow.component.dialog.Dialog dialog = _get(com.vaadin.flow.component.dialog.Dialog.class);
        assertThat(dialog.getHeaderTitle()).startsWith("Delete “");
        assertThat(SystemAuthentication.call(() -> service.details(id))).isNotNull();
        _click(_get(dialog, Button.class, spec -> spec.withText("Delete")));
        assertThat(_get(H1.class).getText()).isEqualTo("Measures of success");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SystemAuthentication.call(() -> service.details(id)))
                .isInstanceOf(org.tandem.shared.ValidationProblem.class);
    }

    @Test
    void anAdminAddsTwoInterimTargetsInTheFormIsToldWhenTheyAreOutOfOrderAndRemovesOne() {
        long id = given.defined(given.draft("Interims"));
        loginAs(given.admin.username(), Role.ADMIN);
        UI.getCurrent().navigate(MeasureView.class, new RouteParameters("id", String.valueOf(id)));
        _click(_get(Button.class, spec -> spec.withText("Edit")));
        InterimTargetRows rows = _get(InterimTargetRows.class);
        _click(_get(rows, Button.class, spec -> spec.withText("Add an interim target")));
        _click(_get(rows, Button.class, spec -> spec.withText("Add an interim target")));
        _setValue(_get(rows, com.vaadin.flow.component.textfield.NumberField.class,
                spec -> spec.withLabel("Interim target 1: value")), 70.0);
        _setValue(_get(rows, org.tandem.shared.ui.BritishDatePicker.class,
                spec -> spec.withLabel("Interim target 1: date")), java.time.LocalDate.of(2055, 3, 31));
        _setValue(_get(rows, com.vaadin.flow.component.textfield.NumberField.class,
                spec -> spec.withLabel("Interim target 2: value")), 55.0);
        org.tandem.shared.ui.BritishDatePicker second = _get(rows, org.tandem.shared.ui.BritishDatePicker.class,
                spec -> spec.withLabel("Interim target 2: date"));
        _setValue(second, java.time.LocalDate.of(2054, 7, 31));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(second.isInvalid()).isTrue();
        assertThat(second.getErrorMessage()).startsWith("Put the interim targets in date order");
        assertThat(SystemAuthentication.call(() -> service.details(id)).interimTargets()).isEmpty();

        _click(_get(rows, Button.class, spec -> spec.withText("Remove interim target 1")));
        assertThat(_get(rows, org.tandem.shared.ui.BritishDatePicker.class).getLabel())
                .isEqualTo("Interim target 1: date");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(SystemAuthentication.call(() -> service.details(id)).interimTargets())
                .containsExactly("55% by 31 July 2054");
    }

    @Test
    void theDashboardsFiltersLiveInTheAddressSoAFilteredDashboardCanBeBookmarked() {
        long red = given.defined(given.draft("Behind"));
        given.entered(red, MeasureFixture.SPRING_1, 5, 60);
        long green = given.defined(given.draft("Ahead"));
        given.entered(green, MeasureFixture.SPRING_1, 59, 60);
        String behind = SystemAuthentication.call(() -> service.details(red)).summary().name();
        String ahead = SystemAuthentication.call(() -> service.details(green)).summary().name();
        loginAs(given.board.username(), Role.BOARD_MEMBER);

        UI.getCurrent().navigate("measures", com.vaadin.flow.router.QueryParameters.of("rag", "RED"));
        MeasureDashboardView dashboard = _get(MeasureDashboardView.class);
        assertThat(dashboard.rag.getValue()).isEqualTo(org.tandem.shared.Rag.RED);
        assertThat(dashboard.groups.getElement().getTextRecursively()).contains(behind).doesNotContain(ahead);

        _setValue(dashboard.rag, org.tandem.shared.Rag.GREEN);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("measures?rag=GREEN");
        dashboard = _get(MeasureDashboardView.class);
        assertThat(dashboard.groups.getElement().getTextRecursively()).contains(ahead).doesNotContain(behind);

        _setValue(dashboard.experience, true);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("measures?rag=GREEN&experience=true");
        UI.getCurrent().navigate("measures", new com.vaadin.flow.router.QueryParameters(java.util.Map.of("rag",
                List.of("PURPLE"), "priority", List.of("x"))));
        assertThat(_get(MeasureDashboardView.class).filter()).isEqualTo(org.tandem.measure.MeasureFilter.none());
    }

    @Test
    void anAdminChoosesWhichOfThePrioritysOutcomesAMeasureEvidencesAndThePageAndDashboardSayIt() {
        if (SystemAuthentication.call(strategy::current).isEmpty()) {
            plans.plan("Measures " + java.util.UUID.randomUUID());
        }
        long priorityId = plans.priority("Outcomes " + java.util.UUID.randomUUID());
        org.tandem.measure.MeasureDraft draft = given.draft("Evidenced");
        draft.setPriorityIds(java.util.Set.of(priorityId));
        long id = given.defined(draft);
        loginAs(given.admin.username(), Role.ADMIN);
        UI.getCurrent().navigate(MeasureView.class, new RouteParameters("id", String.valueOf(id)));
        _click(_get(Button.class, spec -> spec.withText("Edit")));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.MultiSelectComboBox<org.tandem.measure.OutcomeLink> outcomes =
                _get(com.vaadin.flow.component.combobox.MultiSelectComboBox.class,
                        spec -> spec.withLabel("Outcomes it evidences"));
        assertThat(outcomes.getListDataView().getItems().map(org.tandem.measure.OutcomeLink::statement))
                .containsExactly("Children are heard", "Families wait less");
        outcomes.setValue(java.util.Set.of(new org.tandem.measure.OutcomeLink(priorityId, "Families wait less")));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(_find(com.vaadin.flow.component.html.DescriptionList.class).getFirst().getElement()
                .getTextRecursively()).contains("Outcomes it evidences").contains(": Families wait less.");
        UI.getCurrent().navigate(MeasureDashboardView.class);
        assertThat(_get(MeasureDashboardView.class).groups.getElement().getTextRecursively())
                .contains("Evidences: Families wait less.");
    }

    @Test
    void aVisitorWhoIsNotSignedInReadsTheProgressPageLinkedWithYouSaidWeDid() {
        logout();
        UI.getCurrent().navigate(PublicProgressView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Our progress");
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref)).contains("you-said-we-did",
                "public/progress.json");
    }

    @Test
    void anAdminImportsAnOpenDataFileAndIsToldWhatWasUsedAndWhatWasLeftOut() throws Exception {
        org.tandem.measure.MeasureDraft draft = given.draft("Open data");
        String column = "col_" + java.util.UUID.randomUUID().toString().substring(0, 6);
        draft.setIndicator(column);
        given.defined(draft);
        loginAs(given.admin.username(), Role.ADMIN);
        OpenDataView view = UI.getCurrent().navigate(OpenDataView.class).orElseThrow();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Local authority code (new_la_code)")), "E06099001");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Region (region_name)")), "South West");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Statistical neighbours' codes")),
                "E06099002, E06099003\nE06099004");
        _click(_get(Button.class, spec -> spec.withText("Save settings")));
        String file;
        try (var in = getClass().getResourceAsStream("/measure/ees-tidy-2052.csv")) {
            file = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("ehcp_20wk_pct",
                    column);
        }
        view.received("ees-tidy-2052.csv", file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        view.releaseDate.setValue(java.time.LocalDate.of(2052, 6, 20));
        _click(_get(Button.class, spec -> spec.withText("Import benchmarks")));
        String outcome = view.outcome.getElement().getTextRecursively();
        assertThat(outcome).contains("What was left out, and why").contains("suppressed (\"c\")")
                .contains("2 benchmarks saved from ees-tidy-2052.csv");
    }
}
