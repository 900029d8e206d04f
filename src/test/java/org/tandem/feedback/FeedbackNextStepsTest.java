package org.tandem.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.feedback.FeedbackFixture.signInAs;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tandem.people.InitialPeople;
import org.tandem.people.Role;
import org.tandem.people.SystemAuthentication;
import org.tandem.people.UserService;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.shared.ValidationProblem;
import org.tandem.support.IntegrationTest;

/** The steps an item's details offer are those its stage and the person both allow, and agreeing keeps the wording. */
class FeedbackNextStepsTest extends IntegrationTest {

    static final LocalDate SAID_ON = LocalDate.of(2024, 2, 1);

    @Autowired
    FeedbackService service;
    @Autowired
    FeedbackRegister register;
    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;

    FeedbackFixture given;

    @BeforeEach
    void aRepAndAnOfficer() {
        given = new FeedbackFixture(people, users, service, register);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aDraftedResponseOffersTheRepWordingAndAgreeingAndTheOfficerOnlyTheResponse() {
        long id = given.drafted("Drafted", SAID_ON);

        signInAs(given.rep, Role.FORUM_REP);
        assertThat(register.details(id).nextSteps()).containsExactlyInAnyOrder(NextStep.EDIT, NextStep.WORD,
                NextStep.AGREE, NextStep.ARCHIVE);
        signInAs(given.officerName, Role.WORKSTREAM_LEAD);
        assertThat(register.details(id).nextSteps()).containsExactly(NextStep.RESPOND);
        signInAs("a-board-member", Role.BOARD_MEMBER);
        assertThat(register.details(id).nextSteps()).isEmpty();
    }

    @Test
    void aPublishedItemOffersUpdatingWithdrawingAndArchivingAndNoLongerEditingOrAgreeing() {
        long id = given.published("Published", SAID_ON, "You said it", "We did it");

        signInAs(given.rep, Role.FORUM_REP);
        assertThat(register.details(id).nextSteps()).containsExactlyInAnyOrder(NextStep.UPDATE_PUBLISHED,
                NextStep.WITHDRAW, NextStep.ARCHIVE);
        signInAs("an-admin", Role.ADMIN);
        assertThat(register.details(id).nextSteps()).doesNotContain(NextStep.EDIT, NextStep.AGREE, NextStep.WORD);
    }

    @Test
    void everyStepTheDetailsOfferIsOneTheItemTakesAndAStepNotOfferedIsRefusedByTheItem() {
        long id = given.assigned("Assigned", SAID_ON);
        signInAs(given.rep, Role.FORUM_REP);
        assertThat(register.details(id).may(NextStep.AGREE)).isFalse();
        assertThatThrownBy(() -> service.agree(id, given.version(id), "You said", "We did"))
                .isInstanceOf(ValidationProblem.class).hasMessageContaining("cannot be agreed now");
        assertThat(register.details(id).publicYouSaid()).isNull();
    }

    @Test
    void agreeingWithNewWordingSavesTheWordingAndAgreesItAsOneStepOnTheTimeline() {
        long id = given.drafted("Agreed as typed", SAID_ON);
        signInAs(given.rep, Role.FORUM_REP);

        service.agree(id, given.version(id), "  Families asked for letters sooner. ", "Letters go out sooner.");

        FeedbackDetails agreed = register.details(id);
        assertThat(agreed.stage()).isEqualTo(Stage.AGREED);
        assertThat(agreed.publicYouSaid()).isEqualTo("Families asked for letters sooner.");
        assertThat(agreed.publicWeDid()).isEqualTo("Letters go out sooner.");
        List<StepKind> steps = register.timeline(id).stream().map(StepInfo::kind).toList();
        assertThat(steps).endsWith(StepKind.WORDING_CHANGED, StepKind.AGREED);
    }

    @Test
    void agreeingTheWordingAlreadySavedAddsNoWordingStep() {
        long id = given.drafted("Worded first", SAID_ON);
        signInAs(given.rep, Role.FORUM_REP);
        service.word(id, given.version(id), "You said", "We did");

        service.agree(id, given.version(id), "You said", "We did");

        List<StepKind> steps = register.timeline(id).stream().map(StepInfo::kind).toList();
        assertThat(steps).endsWith(StepKind.RESPONSE_DRAFTED, StepKind.WORDING_CHANGED, StepKind.AGREED);
    }

    @Test
    void agreeingOnAVersionSomeoneElseChangedSavesNeitherTheWordingNorTheAgreement() {
        long id = given.drafted("Changed meanwhile", SAID_ON);
        signInAs(given.rep, Role.FORUM_REP);
        long seen = given.version(id);
        service.word(id, seen, "Their wording", "Their we did");

        assertThatThrownBy(() -> service.agree(id, seen, "My wording", "My we did"))
                .isInstanceOf(ConcurrentEditException.class);
        FeedbackDetails item = SystemAuthentication.call(() -> register.details(id));
        assertThat(item.stage()).isEqualTo(Stage.RESPONSE_DRAFTED);
        assertThat(item.publicYouSaid()).isEqualTo("Their wording");
    }
}
