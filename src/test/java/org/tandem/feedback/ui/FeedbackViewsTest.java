package org.tandem.feedback.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.feedback.Channel;
import org.tandem.feedback.FeedbackFixture;
import org.tandem.feedback.FeedbackRegister;
import org.tandem.feedback.FeedbackService;
import org.tandem.feedback.Stage;
import org.tandem.feedback.VoiceGroup;
import org.tandem.people.InitialPeople;
import org.tandem.people.Role;
import org.tandem.people.UserService;
import org.tandem.people.SystemAuthentication;
import org.tandem.support.BritishDateField;
import org.tandem.support.BrowserCalls;
import org.tandem.support.MutableClock;
import org.tandem.support.UiTest;

class FeedbackViewsTest extends UiTest {

    static final LocalDate TODAY = LocalDate.of(2034, 9, 15);

    @Autowired
    FeedbackService service;
    @Autowired
    FeedbackRegister register;
    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;
    @Autowired
    MutableClock clock;

    FeedbackFixture given;
    String marker;

    @BeforeEach
    void aRepAndAnOfficer() {
        clock.setDate(TODAY);
        given = new FeedbackFixture(people, users, service, register);
        marker = FeedbackFixture.unique("ui");
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theRepsInboxShowsWhatTheyLoggedAndWhatAwaitsTheForumsAgreement() {
        given.logged("Logged only " + marker, TODAY);
        given.drafted("Drafted " + marker, TODAY);
        loginAs(given.rep, Role.FORUM_REP);
        UI.getCurrent().navigate(FeedbackInboxView.class);

        List<String> links = _find(RouterLink.class).stream().map(RouterLink::getText).toList();
        assertThat(links).contains("Logged only " + marker, "Drafted " + marker);
        assertThat(links.stream().filter(text -> text.equals("Drafted " + marker))).hasSize(2);
    }

    @Test
    void aRepLogsFeedbackFromTheInboxWithADayMonthYearDateAndLandsOnItsPage() {
        loginAs(given.rep, Role.FORUM_REP);
        UI.getCurrent().navigate(FeedbackInboxView.class);
        _click(_get(Button.class, spec -> spec.withText("Log feedback")));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What was said (in words agreed with the forum)")),
                "Parents said <b>nobody</b> explained the annual review " + marker);
        DatePicker saidOn = _get(DatePicker.class, spec -> spec.withLabel("Said on"));
        BritishDateField.assertReadsDayMonthYear(saidOn);
        _setValue(saidOn, TODAY.minusDays(2));
        @SuppressWarnings("unchecked")
        ComboBox<Channel> channel = _get(ComboBox.class, spec -> spec.withLabel("Where it was said"));
        _setValue(channel, channel.getListDataView().getItems().filter(c -> c.code().equals("SURVEY")).findFirst()
                .orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<VoiceGroup> group = _get(ComboBox.class, spec -> spec.withLabel("Who said it"));
        _setValue(group, VoiceGroup.PARENTS_AND_CARERS);
        _click(_get(Button.class, spec -> spec.withText("Save feedback")));

        NotificationsKt.expectNotifications("Feedback logged.");
        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText())
                .isEqualTo("You said: Parents said <b>nobody</b> explained the annual review " + marker);
    }

    @Test
    void aRepPublishesOnlyOnceEachPersonalDataFindingIsConfirmed() {
        long id = given.agreed("Agreed " + marker, TODAY, "Parents on 07700 900123 asked for help " + marker,
                "We now phone back within two days.", "COMMUNICATION");
        loginAs(given.rep, Role.FORUM_REP);
        UI.getCurrent().navigate(FeedbackView.class, new RouteParameters("id", String.valueOf(id)));

        _click(_get(Button.class, spec -> spec.withText("Publish")));
        assertThat(SystemAuthentication.call(() -> register.details(id).stage())).isEqualTo(Stage.AGREED);
        NotificationsKt.clearNotifications();

        _setValue(_get(Checkbox.class, spec -> spec.withLabel(
                "Checked, safe to publish: A phone number in \"you said\": 07700 900123")), true);
        _click(_get(Button.class, spec -> spec.withText("Publish")));
        NotificationsKt.expectNotifications("Published on the public page.");
        assertThat(SystemAuthentication.call(() -> register.details(id).stage())).isEqualTo(Stage.PUBLISHED);
    }

    @Test
    void anOfficerFindsFeedbackToAnswerAndWritesAnHonestCouldNotDo() {
        long id = given.assigned("Weekend clinic " + marker, TODAY, "MENTAL_HEALTH");
        loginAs(given.officerName, Role.WORKSTREAM_LEAD);
        UI.getCurrent().navigate(ResponsesToWriteView.class);
        assertThat(_find(RouterLink.class).stream().map(RouterLink::getText)).contains("Weekend clinic " + marker);

        UI.getCurrent().navigate(FeedbackView.class, new RouteParameters("id", String.valueOf(id)));
        @SuppressWarnings("unchecked")
        Select<org.tandem.feedback.ResponseKind> kind = _get(Select.class, spec -> spec.withLabel("What happened"));
        _setValue(kind, org.tandem.feedback.ResponseKind.COULD_NOT_DO);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What was done, or is being done")),
                "We asked both clinics.");
        _click(_get(Button.class, spec -> spec.withText("Save response")));
        assertThat(SystemAuthentication.call(() -> register.details(id).stage())).isEqualTo(Stage.ASSIGNED);
        NotificationsKt.clearNotifications();

        _setValue(_get(TextArea.class, spec -> spec.withLabel("If it could not be done: why")),
                "Neither clinic has staff at weekends until the new posts are filled.");
        _click(_get(Button.class, spec -> spec.withText("Save response")));
        NotificationsKt.expectNotifications("Response saved; it now waits for the forum to agree it.");
        assertThat(SystemAuthentication.call(() -> register.details(id).stage())).isEqualTo(Stage.RESPONSE_DRAFTED);
        assertThat(_find(Button.class, spec -> spec.withText("Publish"))).isEmpty();
    }

    @Test
    void agreeingTheResponseAgreesTheWordingInTheFormEvenBeforeItIsSaved() {
        long id = given.drafted("Letters " + marker, TODAY);
        loginAs(given.rep, Role.FORUM_REP);
        UI.getCurrent().navigate(FeedbackView.class, new RouteParameters("id", String.valueOf(id)));

        _setValue(_get(TextArea.class, spec -> spec.withLabel("You said")), "Letters came too late " + marker);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("We did")), "Letters now go out a month ahead.");
        _click(_get(Button.class, spec -> spec.withText("Agree response")));

        NotificationsKt.expectNotifications("Agreed with the forum; it can now be published.");
        var agreed = SystemAuthentication.call(() -> register.details(id));
        assertThat(agreed.stage()).isEqualTo(Stage.AGREED);
        assertThat(agreed.publicYouSaid()).isEqualTo("Letters came too late " + marker);
        assertThat(agreed.publicWeDid()).isEqualTo("Letters now go out a month ahead.");
    }

    @Test
    void agreeingWithTheWordingLeftEmptySaysSoAtTheFieldAndAgreesNothing() {
        long id = given.drafted("Empty " + marker, TODAY);
        loginAs(given.rep, Role.FORUM_REP);
        UI.getCurrent().navigate(FeedbackView.class, new RouteParameters("id", String.valueOf(id)));

        _click(_get(Button.class, spec -> spec.withText("Agree response")));

        TextArea youSaid = _get(TextArea.class, spec -> spec.withLabel("You said"));
        assertThat(youSaid.isInvalid()).isTrue();
        assertThat(youSaid.getErrorMessage()).isEqualTo("Write the public \"you said\".");
        assertThat(SystemAuthentication.call(() -> register.details(id).stage())).isEqualTo(Stage.RESPONSE_DRAFTED);
    }

    @Test
    void onceAgreedTheRepIsOfferedPublishingAndNotAgreeingAgainAndTheOfficerOnlyTheResponse() {
        long id = given.agreed("Offered " + marker, TODAY, "You said " + marker, "We did.");
        loginAs(given.rep, Role.FORUM_REP);
        UI.getCurrent().navigate(FeedbackView.class, new RouteParameters("id", String.valueOf(id)));
        assertThat(buttons()).contains("Publish", "Save wording", "Archive", "Edit what was said")
                .doesNotContain("Agree response", "Assign", "Save response", "Withdraw");

        loginAs(given.officerName, Role.WORKSTREAM_LEAD);
        UI.getCurrent().navigate(FeedbackView.class, new RouteParameters("id", String.valueOf(id)));
        assertThat(buttons()).contains("Save response").doesNotContain("Publish", "Save wording", "Archive",
                "Edit what was said");
    }

    private List<String> buttons() {
        return _find(Button.class).stream().map(Button::getText).toList();
    }

    @Test
    void thePublicPageShowsPublishedWordingAsTextToAnyoneAndNothingUnpublished() {
        given.published("Internal " + marker, TODAY, "You said <script>alert(1)</script> " + marker,
                "We did it.", "TRANSPORT");
        given.agreed("Not yet " + marker, TODAY, "Unpublished " + marker, "Not yet.");
        logout();
        UI.getCurrent().navigate(PublicFeedbackView.class, new QueryParameters(Map.of("q", List.of(marker))));

        List<String> paragraphs = new java.util.ArrayList<>(_find(Paragraph.class).stream().map(Paragraph::getText)
                .toList());
        paragraphs.addAll(shown(view()).select("p").eachText());
        assertThat(paragraphs).contains("You said <script>alert(1)</script> " + marker, "We did it.", "1 entry.")
                .noneMatch(text -> text.contains("Unpublished") || text.contains("Internal "));
        assertThat(shown(view()).select("script")).as("what was typed is text, not markup").isEmpty();
    }

    @Test
    void aVisitorFiltersThePublicPageByThemeAndGroupsItByPriority() {
        given.published("Bus " + marker, TODAY, "Buses " + marker, "We fixed the buses.", "TRANSPORT");
        given.published("Breaks " + marker, TODAY, "Breaks " + marker, "We added breaks.", "SHORT_BREAKS");
        logout();
        UI.getCurrent().navigate(PublicFeedbackView.class, new QueryParameters(Map.of("q", List.of(marker),
                "theme", List.of("transport"), "limit", List.of("banana"))));
        PublicFeedbackView view = _get(PublicFeedbackView.class);
        assertThat(view.theme.getValue().code()).isEqualTo("TRANSPORT");
        assertThat(view.count.getText()).isEqualTo("1 entry.");

        _setValue(view.theme, null);
        assertThat(view.count.getText()).isEqualTo("2 entries, newest first.");
        _setValue(view.grouping, PublicEntries.Grouping.PRIORITY);
        assertThat(shown(view).select("h2").eachText()).containsExactly("Not linked to a priority (2)");
    }

    @Test
    void thePublicPageShowsAsManyEntriesAsTheFeedsAndTheOlderOnesWhenAskedWithFocusWhereReadingLeftOff() {
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i <= PublicFeedbackView.FIRST_SHOWN; i++) {
            ids.add(given.published("Item " + i + " " + marker, TODAY, "You said " + i + " " + marker,
                    "We did " + i + ".", "TRANSPORT"));
        }
        long oldest = ids.getFirst();
        logout();
        BrowserCalls browser = new BrowserCalls().start();
        try {
            UI.getCurrent().navigate(PublicFeedbackView.class, new QueryParameters(Map.of("q", List.of(marker))));
            PublicFeedbackView view = _get(PublicFeedbackView.class);
            assertThat(view.count.getText()).isEqualTo((PublicFeedbackView.FIRST_SHOWN + 1) + " entries, newest "
                    + "first. The newest " + PublicFeedbackView.FIRST_SHOWN + " are shown; \u201CShow older "
                    + "entries\u201D at the end of the list shows the rest.");
            assertThat(shown(view).select("article")).hasSize(PublicFeedbackView.FIRST_SHOWN);
            assertThat(shown(view).select("#entry-" + oldest)).isEmpty();

            _click(view.older);

            assertThat(shown(view).select("#entry-" + oldest)).hasSize(1);
            assertThat(shown(view).select("article")).hasSize(PublicFeedbackView.FIRST_SHOWN + 1);
            assertThat(view.older.isVisible()).isFalse();
            assertThat(view.count.getText()).isEqualTo((PublicFeedbackView.FIRST_SHOWN + 1)
                    + " entries, newest first.");
            assertThat(browser.focusCalls(view.entries, "#entry-" + oldest)).as("focus goes to the first entry not shown before")
                    .isPositive();

            _setValue(view.search, marker + " ");
            assertThat(shown(view).select("article")).as("a new search starts again from the newest")
                    .hasSize(PublicFeedbackView.FIRST_SHOWN);
        } finally {
            browser.stop();
        }
    }

    @Test
    void eachPublicEntryIsHeadedByWhatItIsAboutAndTheFeedsAreOfferedToWebsitesApart() {
        given.published("Bus " + marker, TODAY, "You told us the school bus " + marker + " was late. Every day.",
                "We changed the route.", "TRANSPORT");
        given.published("Breaks " + marker, TODAY, "You asked for more short breaks " + marker + ".",
                "We added breaks.", "SHORT_BREAKS");
        logout();
        UI.getCurrent().navigate(PublicFeedbackView.class, new QueryParameters(Map.of("q", List.of(marker))));

        assertThat(shown(view()).select("h3").eachText())
                .containsExactlyInAnyOrder("You told us the school bus " + marker + " was late",
                        "You asked for more short breaks " + marker);
        assertThat(_find(com.vaadin.flow.component.html.H4.class)).isEmpty();
        assertThat(shown(view()).select("h4")).isEmpty();
        var forWebsites = _get(com.vaadin.flow.component.html.Aside.class, spec -> spec.withId("for-websites"));
        assertThat(_find(forWebsites, com.vaadin.flow.component.html.H2.class).getFirst().getText())
                .isEqualTo("For websites");
        assertThat(_find(forWebsites, com.vaadin.flow.component.html.Anchor.class).stream()
                .map(com.vaadin.flow.component.html.Anchor::getText)).containsExactly("JSON feed", "Atom feed");
        assertThat(_find(view(), com.vaadin.flow.component.html.Anchor.class)).extracting(a -> a.getText())
                .containsExactly("Words we use", "Our progress: how the partnership's measures of success are moving",
                        "JSON feed", "Atom feed");
    }

    @Test
    void abbreviationsAreSpeltOutInTheTextOnTheirFirstUseAndTheGlossaryExplainsTheWords() {
        given.published("EHCP " + marker, TODAY, "Our EHCP review was late " + marker + ". The EHCP was wrong.",
                "The SENCO now checks each EHCP.", "TRANSPORT");
        logout();
        UI.getCurrent().navigate(PublicFeedbackView.class, new QueryParameters(Map.of("q", List.of(marker))));

        assertThat(shown(view()).select("abbr").eachText())
                .containsExactly("EHCP", "EHCP", "EHCP", "SENCO", "EHCP");
        assertThat(shown(view()).select("abbr").first().attr("title")).isEqualTo("education, health and care plan");
        assertThat(shown(view()).select("p").eachText())
                .contains("Our EHCP (education, health and care plan) review was late " + marker
                        + ". The EHCP was wrong.", "The SENCO (special educational needs co-ordinator) now checks "
                        + "each EHCP.");

        UI.getCurrent().navigate("glossary");
        var glossary = _get(com.vaadin.flow.component.html.DescriptionList.class, spec -> spec.withId("glossary"));
        assertThat(_find(glossary, com.vaadin.flow.component.html.DescriptionList.Term.class))
                .extracting(term -> term.getText()).contains("EHC plan (education, health and care plan)",
                        "RAG (red, amber, green)", "Local Offer", "Co-production", "Workstream");
    }

    @Test
    void aLongFirstSentenceIsCutAtAWordForTheEntrysHeading() {
        String said = "You told us that the letters about the outcome of an assessment arrived late, used words "
                + "nobody understood and never said who to call. Also more.";
        String headline = PublicEntries.headline(said);
        assertThat(headline).endsWith("…").hasSizeLessThanOrEqualTo(PublicEntries.HEADLINE_LENGTH + 1);
        assertThat(said).startsWith(headline.substring(0, headline.length() - 1));
    }

    private static PublicFeedbackView view() {
        return _get(PublicFeedbackView.class);
    }

    /** The entries as the browser gets them: HTML, parsed. */
    static org.jsoup.nodes.Document shown(PublicFeedbackView view) {
        return org.jsoup.Jsoup.parseBodyFragment(view.entries.html());
    }
}
