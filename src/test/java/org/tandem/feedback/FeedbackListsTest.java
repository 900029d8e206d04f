package org.tandem.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.feedback.FeedbackFixture.signInAs;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tandem.people.InitialPeople;
import org.tandem.people.Role;
import org.tandem.people.UserService;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.people.SystemAuthentication;
import org.tandem.shared.ValidationProblem;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;

class FeedbackListsTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.of(2035, 3, 4);
    static final String ADMIN = "lists-admin";

    @Autowired
    FeedbackLists lists;
    @Autowired
    FeedbackService service;
    @Autowired
    FeedbackRegister register;
    @Autowired
    PublicFeedback publicFeedback;
    @Autowired
    PublicFeeds feeds;
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
        marker = FeedbackFixture.unique("lists");
    }

    @AfterEach
    void signOutAndRealTime() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    @Test
    void theListsStartWithTheValuesItemsWereLoggedWithBefore() {
        signInAs(given.rep, Role.FORUM_REP);
        assertThat(lists.channels()).extracting(Channel::code).startsWith("FORUM_MEETING", "SURVEY", "EVENT",
                "YOUNG_PEOPLES_GROUP", "SENDIASS", "COMPLAINTS_THEME", "OTHER");
        assertThat(lists.themes()).extracting(Theme::slug).startsWith("ehc-plans", "communication", "transport",
                "mental-health", "short-breaks", "preparing-for-adulthood", "other");
        assertThat(lists.channels().getFirst().label()).isEqualTo("Forum meeting");
    }

    @Test
    void aThemeAnAdminAddsCanBeChosenAndOncePublishedIsOnThePublicPageAndInBothFeeds() {
        Theme sleep = addTheme("Sleep and tiredness " + marker, null);
        assertThat(sleep.slug()).isEqualTo("sleep-and-tiredness-" + marker.toLowerCase());
        assertThat(sleep.active()).isTrue();

        long id = given.published("Families said sleep clinics are hard to reach", TODAY, "You said sleep "
                + marker, "We opened an evening sleep clinic.", sleep.code());

        SecurityContextHolder.clearContext();
        assertThat(publicFeedback.themes()).contains(sleep);
        assertThat(publicFeedback.search(PublicQuery.parse(null, sleep.slug(), null, null)))
                .extracting(PublicEntry::id).containsExactly(id);
        assertThat(feeds.json(null, sleep.slug(), null, null).getBody()).contains("You said sleep " + marker)
                .contains("\"themes\":[\"Sleep and tiredness " + marker + "\"]");
        assertThat(feeds.atom(null, sleep.slug(), null, null).getBody())
                .contains("term=\"" + sleep.slug() + "\"").contains("label=\"Sleep and tiredness " + marker + "\"");
    }

    @Test
    void aRetiredChannelIsNotOfferedForNewItemsButItemsThatHaveItKeepIt() {
        Channel clinic = addChannel("Drop-in clinic " + marker);
        signInAs(given.rep, Role.FORUM_REP);
        FeedbackDraft draft = given.draft("Said at the drop-in " + marker, TODAY);
        draft.setChannel(clinic.code());
        long id = service.log(draft);

        signInAs(ADMIN, Role.ADMIN);
        lists.retire(ListKind.CHANNEL, clinic.id(), clinic.version());
        assertThat(lists.channels()).filteredOn(c -> c.equals(clinic)).extracting(Channel::active)
                .containsExactly(false);

        signInAs(given.rep, Role.FORUM_REP);
        FeedbackDraft another = given.draft("Said at the drop-in again " + marker, TODAY);
        another.setChannel(clinic.code());
        assertThatThrownBy(() -> service.log(another)).isInstanceOf(ValidationProblem.class)
                .hasMessageContaining("no longer used for new feedback")
                .extracting(problem -> ((ValidationProblem) problem).field()).isEqualTo("channel");

        assertThat(register.details(id).channel().label()).isEqualTo("Drop-in clinic " + marker);
        FeedbackDraft edit = service.edit(id);
        edit.setWhatWasSaid("Said at the drop-in, corrected " + marker);
        service.update(edit);
        assertThat(register.details(id).channel()).isEqualTo(clinic);
        assertThat(register.export(new FeedbackFilter(null, null, false, marker)))
                .contains("\"Drop-in clinic " + marker + "\"");
    }

    @Test
    void aRetiredThemeStaysOnPublishedEntriesAndInThePublicFilterButIsGivenToNoNewItem() {
        Theme respite = addTheme("Respite " + marker, "respite-" + marker.toLowerCase());
        long id = given.published("Respite is hard to book", TODAY, "You said respite " + marker,
                "We opened online booking.", respite.code());

        signInAs(ADMIN, Role.ADMIN);
        lists.retire(ListKind.THEME, respite.id(), respite.version());

        SecurityContextHolder.clearContext();
        assertThat(publicFeedback.themes()).contains(respite);
        assertThat(publicFeedback.entries()).filteredOn(entry -> entry.id() == id).singleElement()
                .satisfies(entry -> assertThat(entry.themes()).extracting(Theme::label)
                        .containsExactly("Respite " + marker));
        assertThatThrownBy(() -> given.logged("New respite words " + marker, TODAY, respite.code()))
                .isInstanceOf(ValidationProblem.class).hasMessageContaining("Respite " + marker);
    }

    @Test
    void aRenamedThemeKeepsItsSlugSoPublishedLinksStillWork() {
        Theme theme = addTheme("Travel training " + marker, null);
        given.published("Travel training is patchy", TODAY, "You said travel " + marker, "We trained ten more.",
                theme.code());

        signInAs(ADMIN, Role.ADMIN);
        lists.rename(ListKind.THEME, theme.id(), theme.version(), "Independent travel " + marker);

        SecurityContextHolder.clearContext();
        assertThat(feeds.json(null, theme.slug(), null, null).getBody()).contains("You said travel " + marker)
                .contains("Independent travel " + marker).doesNotContain("Travel training " + marker);
        signInAs(ADMIN, Role.ADMIN);
        assertThat(lists.history(ListKind.THEME, theme.id())).anySatisfy(entry -> assertThat(entry.changes())
                .anySatisfy(change -> assertThat(change.after()).isEqualTo("Independent travel " + marker)));
    }

    @Test
    void emptyOverlongAndDuplicateNamesAreRefusedWithAMessageForTheNameField() {
        signInAs(ADMIN, Role.ADMIN);
        assertThatThrownBy(() -> lists.add(ListKind.THEME, "   ", null)).isInstanceOf(ValidationProblem.class)
                .hasMessage("Enter a name for the theme.");
        assertThatThrownBy(() -> lists.add(ListKind.CHANNEL, "x".repeat(ListedValue.LABEL_LENGTH + 1), null))
                .isInstanceOf(ValidationProblem.class).hasMessage("Use at most 60 characters.");
        assertThatThrownBy(() -> lists.add(ListKind.THEME, "ehc PLANS", null))
                .isInstanceOf(ValidationProblem.class).hasMessage("There is already a theme called EHC plans.");

        Channel kept = addChannel("Coffee morning " + marker);
        Channel other = addChannel("Parents' evening " + marker);
        lists.retire(ListKind.CHANNEL, kept.id(), kept.version());
        assertThatThrownBy(() -> lists.rename(ListKind.CHANNEL, other.id(), other.version(),
                "coffee morning " + marker)).isInstanceOf(ValidationProblem.class)
                .hasMessage("There is already a channel called Coffee morning " + marker
                        + ", retired: restore it instead.")
                .extracting(problem -> ((ValidationProblem) problem).field()).isEqualTo("label");
    }

    @Test
    void aChosenSlugMustBeWellFormedAndNotTaken() {
        signInAs(ADMIN, Role.ADMIN);
        assertThatThrownBy(() -> lists.add(ListKind.THEME, "Bad slug " + marker, "Bad Slug!"))
                .isInstanceOf(ValidationProblem.class).hasMessageContaining("like ehc-plans")
                .extracting(problem -> ((ValidationProblem) problem).field()).isEqualTo("slug");
        assertThatThrownBy(() -> lists.add(ListKind.THEME, "Taken slug " + marker, "transport"))
                .isInstanceOf(ValidationProblem.class).hasMessageContaining("already uses transport");
    }

    @Test
    void theSecondOfTwoAdminsSavingTheSameValueIsToldAndTheFirstIsKept() {
        Channel channel = addChannel("Stall at the fair " + marker);
        lists.rename(ListKind.CHANNEL, channel.id(), channel.version(), "Fair stall " + marker);

        assertThatThrownBy(() -> lists.rename(ListKind.CHANNEL, channel.id(), channel.version(),
                "Summer fair " + marker)).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> lists.retire(ListKind.CHANNEL, channel.id(), channel.version()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(lists.channels()).filteredOn(c -> c.equals(channel)).extracting(Channel::label, Channel::active)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Fair stall " + marker, true));
    }

    @Test
    void movingAValueUpPutsItBeforeTheOneAboveAndTheRestKeepTheirOrder() {
        Theme first = addTheme("Ordering one " + marker, null);
        Theme second = addTheme("Ordering two " + marker, null);
        lists.move(ListKind.THEME, second.id(), second.version(), true);

        assertThat(lists.themes()).extracting(Theme::code).containsSubsequence("EHC_PLANS", "TRANSPORT",
                second.code(), first.code());
        assertThat(lists.themes().getLast()).isEqualTo(first);
    }

    @Test
    void onlyAdminsChangeTheListsAndOnlySignedInPeopleReadThem() {
        signInAs(given.rep, Role.FORUM_REP);
        assertThat(lists.channels()).isNotEmpty();
        assertThatThrownBy(() -> lists.add(ListKind.THEME, "Rep's theme " + marker, null))
                .isInstanceOf(AccessDeniedException.class);
        Theme transport = lists.themes().stream().filter(t -> t.code().equals("TRANSPORT")).findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> lists.retire(ListKind.THEME, transport.id(), transport.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lists.rename(ListKind.THEME, transport.id(), transport.version(), "Buses"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lists.move(ListKind.THEME, transport.id(), transport.version(), true))
                .isInstanceOf(AccessDeniedException.class);

        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> lists.themes()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(SystemAuthentication.call(() -> lists.themes())).contains(transport);
    }

    private Theme addTheme(String label, String slug) {
        signInAs(ADMIN, Role.ADMIN);
        long id = lists.add(ListKind.THEME, label, slug);
        return lists.themes().stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    }

    private Channel addChannel(String label) {
        signInAs(ADMIN, Role.ADMIN);
        long id = lists.add(ListKind.CHANNEL, label, null);
        return lists.channels().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }
}
