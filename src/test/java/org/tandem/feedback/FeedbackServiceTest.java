package org.tandem.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.feedback.FeedbackFixture.signInAs;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tandem.people.InitialPeople;
import org.tandem.people.Role;
import org.tandem.people.UserService;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.people.SystemAuthentication;
import org.tandem.shared.ValidationProblem;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;
import org.tandem.support.PlanFixture;

class FeedbackServiceTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.of(2034, 3, 10);

    @Autowired
    FeedbackService service;
    @Autowired
    FeedbackRegister register;
    @Autowired
    PublicFeedback publicFeedback;
    @Autowired
    FeedbackLists lists;
    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;
    @Autowired
    MutableClock clock;
    @Autowired
    PlanFixture planFixture;

    FeedbackFixture given;

    @BeforeEach
    void aRepAndAnOfficer() {
        clock.setDate(TODAY);
        given = new FeedbackFixture(people, users, service, register);
    }

    @AfterEach
    void signOutAndRealTime() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    @Test
    void feedbackGoesFromLoggedToPublishedAndEveryStepIsOnTheTimelineWithWhoTookIt() {
        long id = given.published("Parents said the EHC letters are hard to follow", TODAY.minusDays(3),
                "Parents told us the letters about EHC plans were hard to follow.",
                "We rewrote the letters with the forum and tested them with ten families.", "EHC_PLANS");

        FeedbackDetails item = SystemAuthentication.call(() -> register.details(id));
        assertThat(item.stage()).isEqualTo(Stage.PUBLISHED);
        assertThat(item.officer()).isEqualTo(given.officer.displayName());
        assertThat(item.responseKind()).isEqualTo(ResponseKind.DONE);
        assertThat(item.publishedAt()).isNotNull();
        List<StepInfo> timeline = SystemAuthentication.call(() -> register.timeline(id));
        assertThat(timeline).extracting(StepInfo::kind).containsExactly(StepKind.LOGGED, StepKind.ASSIGNED,
                StepKind.RESPONSE_DRAFTED, StepKind.WORDING_CHANGED, StepKind.AGREED, StepKind.PUBLISHED);
        assertThat(timeline).extracting(StepInfo::takenBy).containsExactly(given.rep, given.rep,
                given.officerName, given.rep, given.rep, given.rep);
        assertThat(SystemAuthentication.call(() -> register.history(id))).isNotEmpty();
    }

    @Test
    void stepsTakenOutOfOrderAreRefused() {
        long id = given.logged("Transport letters arrive too late", TODAY);
        assertThatThrownBy(() -> service.agree(id, given.version(id))).isInstanceOf(ValidationProblem.class)
                .hasMessageContaining("logged");
        assertThatThrownBy(() -> service.publish(id, given.version(id), Set.of()))
                .isInstanceOf(ValidationProblem.class);
        signInAs("an-admin", Role.ADMIN);
        assertThatThrownBy(() -> service.draftResponse(id, given.version(id),
                new ResponseDraft(ResponseKind.DONE, "Done", null, Set.of()))).isInstanceOf(ValidationProblem.class);

        long drafted = given.drafted("Short breaks are full by April", TODAY);
        signInAs(given.rep, Role.FORUM_REP);
        assertThatThrownBy(() -> service.agree(drafted, given.version(drafted)))
                .isInstanceOf(ValidationProblem.class).hasMessageContaining("public");
        assertThatThrownBy(() -> service.withdraw(drafted, given.version(drafted), "Not yet out"))
                .isInstanceOf(ValidationProblem.class);
    }

    @Test
    void couldNotDoNeedsAReasonForFamilies() {
        long id = given.assigned("Families asked for a Saturday clinic", TODAY);
        signInAs(given.officerName, Role.WORKSTREAM_LEAD);
        assertThatThrownBy(() -> service.draftResponse(id, given.version(id),
                new ResponseDraft(ResponseKind.COULD_NOT_DO, "We looked into it.", " ", Set.of())))
                .isInstanceOf(ValidationProblem.class).hasMessageContaining("why");
        service.draftResponse(id, given.version(id), new ResponseDraft(ResponseKind.COULD_NOT_DO,
                "We looked into it.", "No clinician can work Saturdays until the new post is filled.", Set.of()));
        assertThat(SystemAuthentication.call(() -> register.details(id).couldNotReason())).startsWith("No clinician");
    }

    @Test
    void aResponseLinksTheActionsThatCarryItOutAndRefusesOnesThatDoNotExist() {
        PlanFixture.Plan plan = planFixture.plan("Feedback");
        long action = planFixture.action(plan, "We will rewrite the transport letters", TODAY.minusMonths(1),
                TODAY.plusMonths(3));
        long id = given.assigned("Transport letters are confusing", TODAY, "TRANSPORT");
        signInAs(given.officerName, Role.WORKSTREAM_LEAD);
        assertThatThrownBy(() -> service.draftResponse(id, given.version(id), new ResponseDraft(
                ResponseKind.IN_PROGRESS, "Being rewritten.", null, Set.of(Long.MAX_VALUE))))
                .isInstanceOf(ValidationProblem.class).hasMessageContaining("no longer exists");

        service.draftResponse(id, given.version(id), new ResponseDraft(ResponseKind.IN_PROGRESS,
                "Being rewritten with the forum.", null, Set.of(action)));

        assertThat(register.details(id).actions()).singleElement().asString()
                .endsWith("We will rewrite the transport letters");
    }

    @Test
    void eachRoleMayTakeOnlyItsOwnSteps() {
        signInAs("a-board-member", Role.BOARD_MEMBER);
        assertThatThrownBy(() -> service.log(given.draft("Hello", TODAY))).isInstanceOf(AccessDeniedException.class);

        long id = given.assigned("Waiting lists for speech therapy are long", TODAY, "COMMUNICATION");
        String otherRep = unique("rep");
        people.user(otherRep, "Other rep", null, null, org.tandem.support.PlanFixture.PASSWORD,
                List.of(Role.FORUM_REP));
        signInAs(otherRep, Role.FORUM_REP);
        assertThatThrownBy(() -> service.edit(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.draftResponse(id, given.version(id),
                new ResponseDraft(ResponseKind.DONE, "Not mine to answer", null, Set.of())))
                .isInstanceOf(AccessDeniedException.class);

        signInAs(given.rep, Role.FORUM_REP);
        FeedbackDraft mine = service.edit(id);
        mine.setWhatWasSaid("Waiting lists for speech and language therapy are long");
        service.update(mine);

        signInAs(given.officerName, Role.WORKSTREAM_LEAD);
        service.draftResponse(id, given.version(id), new ResponseDraft(ResponseKind.IN_PROGRESS,
                "Two therapists start in May.", null, Set.of()));
        assertThatThrownBy(() -> service.word(id, given.version(id), "You said", "We did"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.publish(id, given.version(id), Set.of()))
                .isInstanceOf(AccessDeniedException.class);

        signInAs("an-admin", Role.ADMIN);
        service.word(id, given.version(id), "Families said therapy waits were long.", "Two therapists start in May.");
        service.agree(id, given.version(id));
        service.publish(id, given.version(id), Set.of());
        signInAs(given.rep, Role.FORUM_REP);
        assertThatThrownBy(() -> service.edit(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void itemsWithNoResponseAfterTwentyEightDaysAreFlaggedOverdue() {
        long waiting = given.assigned("Nobody answers the phone at the SEND team", TODAY);
        long answered = given.drafted("Annual reviews are late", TODAY);

        clock.setDate(TODAY.plusDays(28));
        assertThat(SystemAuthentication.call(() -> register.details(waiting).overdue())).isFalse();
        clock.setDate(TODAY.plusDays(29));
        assertThat(SystemAuthentication.call(() -> register.details(waiting).overdue())).isTrue();
        assertThat(SystemAuthentication.call(() -> register.details(answered).overdue())).isFalse();
        var overdue = SystemAuthentication.call(() -> register.list(new FeedbackFilter(null, null, true, "Nobody answers"),
                PageRequest.of(0, 10)).getContent());
        assertThat(overdue).extracting(FeedbackRow::id).containsExactly(waiting);
    }

    @Test
    void publishingIsRefusedUntilEachPersonalDataFindingIsConfirmedOrEditedAway() {
        long id = given.agreed("A parent named the school", TODAY,
                "My son Jayden waited a year; call me on 07700 900123.", "We now answer within ten days.");
        List<Finding> findings = service.findings(id);
        assertThat(findings).extracting(Finding::kind).containsExactlyInAnyOrder(Finding.Kind.NAME,
                Finding.Kind.PHONE);

        assertThatThrownBy(() -> service.publish(id, given.version(id), Set.of()))
                .isInstanceOf(ValidationProblem.class).hasMessageContaining("07700 900123");
        assertThatThrownBy(() -> service.publish(id, given.version(id), Set.of(findings.getFirst().key())))
                .isInstanceOf(ValidationProblem.class);
        assertThat(publicFeedback.entries()).extracting(PublicEntry::id).doesNotContain(id);

        service.publish(id, given.version(id), Set.of(findings.get(0).key(), findings.get(1).key()));
        assertThat(SystemAuthentication.call(() -> register.timeline(id)).getLast().note())
                .contains("Confirmed by the publisher");
        assertThat(publicFeedback.entries()).extracting(PublicEntry::id).contains(id);
    }

    @Test
    void publishedWordingIsUpdatedOnlyWithItsFindingsConfirmedAndThePublicSeesTheNewWords() {
        long id = given.published("Speech therapy waits", TODAY, "You told us speech therapy waits were long.",
                "We are recruiting two therapists.", "COMMUNICATION");
        assertThatThrownBy(() -> service.updatePublished(id, given.version(id),
                "You told us speech therapy waits were long.", "Mrs Patel now runs the clinic.", Set.of()))
                .isInstanceOf(ValidationProblem.class).hasMessageContaining("Mrs Patel");

        service.updatePublished(id, given.version(id), "You told us speech therapy waits were long.",
                "Two therapists started in May and waits are down to twelve weeks.", Set.of());

        assertThat(publicFeedback.entries()).filteredOn(entry -> entry.id() == id).singleElement()
                .extracting(PublicEntry::weDid).isEqualTo("Two therapists started in May and waits are down to "
                        + "twelve weeks.");
        assertThat(SystemAuthentication.call(() -> register.timeline(id)).getLast().kind())
                .isEqualTo(StepKind.UPDATED);
    }

    @Test
    void withdrawnAndArchivedItemsVanishFromThePublicEntries() {
        long withdrawn = given.published("Parents asked for transport info", TODAY, "You asked about transport.",
                "We published a transport guide.", "TRANSPORT");
        long archived = given.published("Young people asked for quiet rooms", TODAY, "You asked for quiet rooms.",
                "Two colleges opened quiet rooms.", "MENTAL_HEALTH");
        assertThat(publicFeedback.entries()).extracting(PublicEntry::id).contains(withdrawn, archived);

        signInAs(given.rep, Role.FORUM_REP);
        assertThatThrownBy(() -> service.withdraw(withdrawn, given.version(withdrawn), ""))
                .isInstanceOf(ValidationProblem.class);
        service.withdraw(withdrawn, given.version(withdrawn), "The guide is being rewritten.");
        service.archive(archived, given.version(archived));

        assertThat(publicFeedback.entries()).extracting(PublicEntry::id).doesNotContain(withdrawn, archived);
        assertThat(SystemAuthentication.call(() -> register.details(withdrawn).withdrawnReason()))
                .isEqualTo("The guide is being rewritten.");
    }

    @Test
    void theSecondOfTwoPeopleSavingTheSameItemIsToldAndTheFirstIsKept() {
        long id = given.logged("Parents want clearer letters", TODAY);
        FeedbackDraft first = service.edit(id);
        FeedbackDraft second = service.edit(id);
        first.setWhatWasSaid("Parents want clearer letters about EHC plans");
        service.update(first);
        second.setWhatWasSaid("Something else");
        assertThatThrownBy(() -> service.update(second)).isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("Someone else saved this feedback");
        assertThat(SystemAuthentication.call(() -> register.details(id).whatWasSaid()))
                .isEqualTo("Parents want clearer letters about EHC plans");
    }

    @Test
    void emptyOverlongAndFutureInputIsRefusedAtItsField() {
        signInAs(given.rep, Role.FORUM_REP);
        assertThatThrownBy(() -> service.log(given.draft(" ", TODAY))).isInstanceOf(ValidationProblem.class)
                .satisfies(e -> assertThat(((ValidationProblem) e).field()).isEqualTo("whatWasSaid"));
        assertThatThrownBy(() -> service.log(given.draft("x".repeat(Feedback.SAID_LENGTH + 1), TODAY)))
                .isInstanceOf(ValidationProblem.class).hasMessageContaining("4000");
        assertThatThrownBy(() -> service.log(given.draft("Tomorrow's words", TODAY.plusDays(1))))
                .isInstanceOf(ValidationProblem.class).hasMessageContaining("future");
    }

    @Test
    void theThemeSummaryCountsWhatWasSaidInThePeriodByThemeAndStage() {
        LocalDate later = LocalDate.of(2036, 5, 20);
        clock.setDate(later);
        given.logged("Summary one", later, "TRANSPORT", "EHC_PLANS");
        given.logged("Summary two", later.minusDays(3), "TRANSPORT");
        given.assigned("Summary three", later, "TRANSPORT");
        given.logged("Summary before the period", later.minusDays(40), "TRANSPORT");

        List<ThemeCount> counts = register.themeSummary(later.minusDays(10), later);

        assertThat(counts).extracting(count -> count.theme().code()).containsExactly("EHC_PLANS", "TRANSPORT");
        ThemeCount transport = counts.get(1);
        assertThat(transport.at(Stage.LOGGED)).isEqualTo(2);
        assertThat(transport.at(Stage.ASSIGNED)).isEqualTo(1);
        assertThat(transport.total()).isEqualTo(3);
    }

    @Test
    void theRegisterExportsFilteredRowsAsCsvThatASpreadsheetCannotRunAsAFormula() {
        String marker = FeedbackFixture.unique("csv");
        given.logged("=HYPERLINK(\"http://evil.example\") " + marker, TODAY, "SHORT_BREAKS");
        given.logged("Said \"twice\", with a comma " + marker, TODAY, "TRANSPORT");

        Theme shortBreaks = lists.themes().stream().filter(t -> t.code().equals("SHORT_BREAKS")).findFirst()
                .orElseThrow();
        String csv = register.export(new FeedbackFilter(null, shortBreaks, false, marker));

        assertThat(csv.lines()).hasSize(2);
        assertThat(csv.lines().toList().get(1)).contains("\"'=HYPERLINK(\"\"http://evil.example\"\") " + marker + "\"")
                .contains("\"Short breaks\"").contains("\"Logged\"");
        assertThat(register.export(new FeedbackFilter(null, null, false, marker)))
                .contains("\"Said \"\"twice\"\", with a comma " + marker + "\"");
    }

    @Test
    void theRepsInboxAndTheOfficersListShowWhatAwaitsThem() {
        long logged = given.logged("Nobody explained the annual review", TODAY);
        long assigned = given.assigned("The short breaks form is too long", TODAY);
        long drafted = given.drafted("Nobody explained the tribunal", TODAY);

        signInAs(given.rep, Role.FORUM_REP);
        assertThat(register.loggedByMe()).extracting(FeedbackRow::id).contains(logged, assigned, drafted);
        assertThat(register.awaitingAgreement()).extracting(FeedbackRow::id).contains(drafted)
                .doesNotContain(logged, assigned);
        signInAs(given.officerName, Role.WORKSTREAM_LEAD);
        assertThat(register.responsesToWrite()).extracting(FeedbackRow::id).containsExactly(assigned);
    }
}
