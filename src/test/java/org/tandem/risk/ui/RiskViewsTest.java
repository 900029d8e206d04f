package org.tandem.risk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.home.HomeView;
import org.tandem.people.InitialPeople;
import org.tandem.people.Role;
import org.tandem.people.SystemAuthentication;
import org.tandem.people.UserService;
import org.tandem.risk.Category;
import org.tandem.risk.RiskDraft;
import org.tandem.risk.RiskFilter;
import org.tandem.risk.RiskFixture;
import org.tandem.risk.RiskRegister;
import org.tandem.risk.RiskService;
import org.tandem.support.BrowserCalls;
import org.tandem.support.MutableClock;
import org.tandem.support.UiTest;

class RiskViewsTest extends UiTest {

    static final LocalDate TODAY = LocalDate.of(2038, 2, 8);

    @Autowired
    RiskService service;
    @Autowired
    RiskRegister register;
    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;
    @Autowired
    MutableClock clock;

    RiskFixture given;

    @BeforeEach
    void peopleOfEveryRole() {
        clock.setDate(TODAY);
        given = new RiskFixture(people, users, service);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aWorkstreamLeadRaisesARiskFromTheRegisterAndLandsOnItsPage() {
        loginAs(given.owner.username(), Role.WORKSTREAM_LEAD);
        UI.getCurrent().navigate(RiskRegisterView.class);
        _click(_get(Button.class, spec -> spec.withText("Raise a risk")));

        // A reference of its own: numbered ones are the demo register's.
        _setValue(_get(TextField.class, spec -> spec.withLabel("Reference")), unique("T"));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "Too few EHC plan coordinators");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Event (there is a risk that ...)")),
                "Plans are issued late");
        @SuppressWarnings("unchecked")
        ComboBox<Category> category = _get(_get(com.vaadin.flow.component.dialog.Dialog.class), ComboBox.class,
                spec -> spec.withLabel("Category"));
        category.setValue(category.getListDataView().getItems()
                .filter(c -> c.code().equals("STATUTORY_TIMELINESS")).findFirst().orElseThrow());
        for (String label : List.of("Inherent likelihood", "Inherent impact", "Residual likelihood",
                "Residual impact", "Target likelihood", "Target impact")) {
            _setValue(_get(IntegerField.class, spec -> spec.withLabel(label)), label.startsWith("Target") ? 2 : 3);
        }
        assertThat(_find(_get(com.vaadin.flow.component.dialog.Dialog.class),
                com.vaadin.flow.component.datepicker.DatePicker.class))
                .as("the risk's dates read and say day/month/year as every date field does").isNotEmpty()
                .allSatisfy(picker -> {
                    assertThat(picker.getHelperText()).startsWith("Day/month/year, for example 01/12/2026");
                    assertThat(picker.isAutoOpen()).as("typed, not only picked, on a narrow screen").isFalse();
                });
        _click(_get(Button.class, spec -> spec.withText("Raise")));

        RiskView page = _get(RiskView.class);
        assertThat(_get(page, com.vaadin.flow.component.html.H1.class).getText())
                .endsWith("Too few EHC plan coordinators");
        assertThat(_find(page, Button.class).stream().map(Button::getText)).contains("Review", "Edit", "Close")
                .doesNotContain("Escalate", "Accept (tolerate)");
    }

    @Test
    void raisingWithNothingFilledInShowsEveryMissingFieldAtOnceAndMovesFocusToTheFirst() {
        loginAs(given.owner.username(), Role.WORKSTREAM_LEAD);
        UI.getCurrent().navigate(RiskRegisterView.class);
        _click(_get(Button.class, spec -> spec.withText("Raise a risk")));
        com.vaadin.flow.component.dialog.Dialog dialog = _get(com.vaadin.flow.component.dialog.Dialog.class);
        TextField title = _get(dialog, TextField.class, spec -> spec.withLabel("Title"));
        TextArea event = _get(dialog, TextArea.class, spec -> spec.withLabel("Event (there is a risk that ...)"));
        IntegerField likelihood = _get(dialog, IntegerField.class, spec -> spec.withLabel("Inherent likelihood"));
        @SuppressWarnings("unchecked")
        ComboBox<Category> category = _get(dialog, ComboBox.class, spec -> spec.withLabel("Category"));
        long before = SystemAuthentication.call(() -> register.count(RiskFilter.none()));
        BrowserCalls browser = new BrowserCalls().start();
        try {
            _click(_get(dialog, Button.class, spec -> spec.withText("Raise")));

            // Until now only the category said what was wrong; the title's rule came at the next press.
            assertThat(List.<com.vaadin.flow.component.HasValidation>of(title, event, category, likelihood))
                    .allSatisfy(field -> {
                        assertThat(field.isInvalid()).isTrue();
                        assertThat(field.getErrorMessage()).isNotBlank();
                    });
            assertThat(title.getErrorMessage()).isEqualTo("Enter the risk's title");
            assertThat(browser.focusCalls(title)).as("the first field in error takes focus").isEqualTo(1);
            assertThat(browser.focusCalls(category)).isZero();
            assertThat(dialog.isOpened()).isTrue();
        } finally {
            browser.stop();
        }
        assertThat(SystemAuthentication.call(() -> register.count(RiskFilter.none()))).as("nothing half-saved")
                .isEqualTo(before);
    }

    @Test
    void aScoreOutsideOneToFiveIsRefusedAtItsFieldWhenReviewing() {
        long id = given.raised("Speech and language waits", 3, 3);
        loginAs(given.owner.username(), Role.WORKSTREAM_LEAD);
        UI.getCurrent().navigate(RiskView.class, new RouteParameters("id", String.valueOf(id)));
        _click(_get(Button.class, spec -> spec.withText("Review")));
        IntegerField likelihood = _get(IntegerField.class, spec -> spec.withLabel("New residual likelihood"));
        _setValue(likelihood, 7);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Commentary")), "Waits doubled.");
        _click(_get(Button.class, spec -> spec.withText("Save review")));

        assertThat(likelihood.isInvalid()).isTrue();
        assertThat(likelihood.getErrorMessage()).contains("from 1 to 5");
        assertThat(SystemAuthentication.call(() -> register.reviews(id))).isEmpty();
    }

    @Test
    void theOwnersReviewAppearsInTheHistoryTableWithItsTrendInWords() {
        long id = given.raised("Alternative provision places", 3, 3);
        loginAs(given.owner.username(), Role.WORKSTREAM_LEAD);
        UI.getCurrent().navigate(RiskView.class, new RouteParameters("id", String.valueOf(id)));
        _click(_get(Button.class, spec -> spec.withText("Review")));
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("New residual likelihood")), 4);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Commentary")), "Two providers closed.");
        _click(_get(Button.class, spec -> spec.withText("Save review")));

        NativeTable reviews = _find(NativeTable.class).stream()
                .filter(table -> table.getCaptionText().startsWith("Reviews")).findFirst().orElseThrow();
        assertThat(reviews.getBody().getRows()).hasSize(1);
        String row = reviews.getBody().getRows().getFirst().getDataCells().stream().map(c -> c.getText())
                .reduce("", (a, b) -> a + "|" + b);
        assertThat(row).as("dates in plain English, as on every page").contains(org.tandem.shared.ui.Dates.format(TODAY))
                .doesNotContain("/").contains("4 × 3").contains("High").contains("↑ Up")
                .contains("Two providers closed.");
    }

    @Test
    void aBoardMemberMayEscalateAndAcceptButNotEditAndAForumRepOnlyReads() {
        long id = given.raised("Parental confidence in the local offer", 2, 3);
        loginAs(given.board.username(), Role.BOARD_MEMBER);
        UI.getCurrent().navigate(RiskView.class, new RouteParameters("id", String.valueOf(id)));
        assertThat(_find(Button.class).stream().map(Button::getText)).contains("Escalate", "Accept (tolerate)")
                .doesNotContain("Edit", "Review", "Close");

        loginAs(given.rep.username(), Role.FORUM_REP);
        UI.getCurrent().navigate(RiskView.class, new RouteParameters("id", String.valueOf(id)));
        assertThat(_find(RiskView.class)).hasSize(1);
        assertThat(_find(Button.class).stream().map(Button::getText)).doesNotContain("Escalate", "Edit", "Review",
                "Accept (tolerate)", "Close");
    }

    @Test
    void acceptingARiskMarksWhatItNeedsSendsFocusToWhatIsMissingAndSaysUntilWhenInPlainEnglish() {
        long id = given.raised("Parental confidence in the local offer", 2, 3);
        loginAs(given.board.username(), Role.BOARD_MEMBER);
        UI.getCurrent().navigate(RiskView.class, new RouteParameters("id", String.valueOf(id)));
        _click(_get(Button.class, spec -> spec.withText("Accept (tolerate)")));
        com.vaadin.flow.component.dialog.Dialog dialog = _get(com.vaadin.flow.component.dialog.Dialog.class);
        TextArea why = _get(dialog, TextArea.class, spec -> spec.withLabel("Why the board accepts it"));
        com.vaadin.flow.component.datepicker.DatePicker until = _get(dialog,
                com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withLabel("Accepted until"));
        assertThat(why.isRequiredIndicatorVisible()).as("marked before anyone presses Accept").isTrue();
        assertThat(until.isRequiredIndicatorVisible()).isTrue();

        BrowserCalls browser = new BrowserCalls().start();
        try {
            _click(_get(dialog, Button.class, spec -> spec.withText("Accept")));
            assertThat(why.isInvalid()).isTrue();
            assertThat(why.getErrorMessage()).isEqualTo("Say why the board accepts this risk.");
            assertThat(browser.focusCalls(why)).as("the field that says what is wrong takes focus").isEqualTo(1);
        } finally {
            browser.stop();
        }

        _setValue(why, "The new places open in September.");
        _setValue(until, TODAY.plusMonths(3));
        _click(_get(dialog, Button.class, spec -> spec.withText("Accept")));
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(
                "Accepted until " + org.tandem.shared.ui.Dates.format(TODAY.plusMonths(3)) + ".");
        assertThat(SystemAuthentication.call(() -> register.tolerances(id))).hasSize(1);
    }

    @Test
    void aForumRepDoesNotSeeAConfidentialRiskInTheRegisterAndIsSentBackFromItsPage() {
        RiskDraft secret = given.draft("A named setting's safeguarding concerns", 3, 4);
        secret.setConfidential(true);
        long hidden = given.raised(secret);
        given.raised("Transport letters", 2, 2);

        loginAs(given.rep.username(), Role.FORUM_REP);
        UI.getCurrent().navigate(RiskRegisterView.class, new QueryParameters(given.mine().toQuery()));
        RiskRegisterView view = _get(RiskRegisterView.class);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(view.matches.getText()).isEqualTo("1 risk matches.");

        UI.getCurrent().navigate(RiskView.class, new RouteParameters("id", String.valueOf(hidden)));
        assertThat(_find(RiskView.class)).isEmpty();
        assertThat(_find(RiskRegisterView.class)).hasSize(1);
    }

    @Test
    void filtersLiveInTheAddressAndNarrowTheGrid() {
        given.raised("SENCO turnover", 4, 3);
        given.raised("Annual review backlog", 2, 2);
        loginAs(given.board.username(), Role.BOARD_MEMBER);
        UI.getCurrent().navigate(RiskRegisterView.class, new QueryParameters(given.mine().toQuery()));
        RiskRegisterView view = _get(RiskRegisterView.class);
        assertThat(view.owner.getValue().id()).isEqualTo(given.owner.id());
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(GridKt._get(view.grid, 0).title()).isEqualTo("SENCO turnover");

        _setValue(view.aboveAppetite, true);

        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("aboveAppetite", List.of("true"));
        assertThat(GridKt._size(_get(RiskRegisterView.class).grid)).isEqualTo(1);
    }

    @Test
    void theHeatMapIsATableWhoseCellsSayTheirCountAndBandAndOpenTheFilteredRegister() {
        given.raised("Educational psychology capacity", 3, 4);
        loginAs(given.admin.username(), Role.ADMIN);
        UI.getCurrent().navigate(HeatMapView.class);
        HeatMapView view = _get(HeatMapView.class);
        assertThat(view.summary.getText()).contains("open risk").contains("by residual (current) score");
        assertThat(view.table.getBody().getRows()).hasSize(5);
        assertThat(view.table.getHead().getRows().getFirst().getHeaderCells()).hasSize(6);
        RouterLink cell = _find(view.table, RouterLink.class).stream()
                .filter(link -> link.getElement().getAttribute("aria-label").contains("likelihood 3, impact 4"))
                .findFirst().orElseThrow();
        assertThat(cell.getElement().getAttribute("aria-label")).contains("score 12, high");
        assertThat(cell.getHref()).contains("likelihood=3").contains("impact=4");
        RiskFilter opened = RiskFilter.fromQuery(QueryParameters.fromString(cell.getHref()
                .substring(cell.getHref().indexOf('?') + 1)).getParameters());
        assertThat(SystemAuthentication.call(() -> register.count(opened.withOwner(given.owner.id()))))
                .isEqualTo(1);
    }

    @Test
    void theOwnersHomePageListsTheirReviewsDue() {
        RiskDraft soon = given.draft("Review due this week", 2, 3);
        soon.setNextReviewOn(TODAY.plusDays(3));
        given.raised(soon);
        loginAs(given.owner.username(), Role.WORKSTREAM_LEAD);
        UI.getCurrent().navigate(HomeView.class);
        Section card = _find(Section.class).stream().filter(s -> "waiting-for-you".equals(s.getId().orElse(null)))
                .findFirst().orElseThrow();
        assertThat(_find(card, Anchor.class).stream().map(Anchor::getText))
                .anyMatch(text -> text.contains("Review due this week"));
    }

    @Test
    void theBoardsPageListsEscalatedRisks() {
        long id = given.raised("High needs deficit", 4, 4);
        loginAs(given.board.username(), Role.BOARD_MEMBER);
        UI.getCurrent().navigate(EscalatedRisksView.class);
        EscalatedRisksView view = _get(EscalatedRisksView.class);
        assertThat(GridKt._fetch(view.grid, 0, 10_000)).extracting(row -> row.id()).contains(id);
        assertThat(view.intro.getText()).contains("reaches 15");
    }

}
