package org.tandem.home;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.feedback.FeedbackFixture;
import org.tandem.feedback.FeedbackRegister;
import org.tandem.feedback.FeedbackService;
import org.tandem.people.InitialPeople;
import org.tandem.people.Role;
import org.tandem.people.UserService;
import org.tandem.support.MutableClock;
import org.tandem.support.PlanFixture;
import org.tandem.support.UiTest;

/** Each person's home page lists what waits for them today, each with a link, from the digest's own sources. */
class WaitingForYouTest extends UiTest {

    static final LocalDate TODAY = LocalDate.of(2047, 11, 19);

    @Autowired
    PlanFixture fixture;
    @Autowired
    MutableClock clock;
    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;
    @Autowired
    FeedbackService feedback;
    @Autowired
    FeedbackRegister register;

    PlanFixture.Plan thePlan;
    long action;

    @BeforeEach
    void aLeadWithAnActionAwaitingItsUpdate() {
        fixture.year(2047);
        clock.setDate(TODAY);
        thePlan = fixture.plan("Waiting");
        action = fixture.ownAction(thePlan, "We will agree a short breaks statement", TODAY.minusMonths(1),
                TODAY.plusMonths(4));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aLeadSeesTheActionStillWithoutThisHalfTermsUpdateWithALinkToIt() {
        loginAs(thePlan.lead().username(), Role.WORKSTREAM_LEAD);
        UI.getCurrent().navigate(HomeView.class);
        Section waiting = _get(Section.class, spec -> spec.withId("waiting-for-you"));
        assertThat(waiting.getElement().getTextRecursively()).contains("Autumn 2 2047/48 updates, due by")
                .contains("We will agree a short breaks statement");
        assertThat(waiting.getChildren().flatMap(c -> c.getChildren()).flatMap(c -> c.getChildren())
                .filter(Anchor.class::isInstance).map(a -> ((Anchor) a).getHref()))
                .contains("actions/" + action);
    }

    @Test
    void aForumRepSeesResponsesWaitingForTheForumAndOthersDoNot() {
        FeedbackFixture given = new FeedbackFixture(people, users, feedback, register);
        given.drafted("The short breaks form asks the same questions three times", TODAY.minusDays(20),
                "SHORT_BREAKS");

        loginAs(given.rep, Role.FORUM_REP);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_get(Section.class, spec -> spec.withId("waiting-for-you")).getElement().getTextRecursively())
                .contains("Responses for the forum to agree");

        loginAs(thePlan.lead().username(), Role.WORKSTREAM_LEAD);
        UI.getCurrent().navigate("strategy");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_get(Section.class, spec -> spec.withId("waiting-for-you")).getElement().getTextRecursively())
                .doesNotContain("Responses for the forum to agree");
    }

    @Test
    void someoneWithNothingWaitingIsToldSo() {
        loginAs("home-nobody-waiting", Role.BOARD_MEMBER);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_get(Section.class, spec -> spec.withId("waiting-for-you")).getElement().getTextRecursively())
                .contains("Nothing is waiting for you today.");
    }
}
