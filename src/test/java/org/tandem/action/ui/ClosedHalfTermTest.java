package org.tandem.action.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.action.ActionPlanService;
import org.tandem.calendar.CalendarService;
import org.tandem.home.HomeView;
import org.tandem.people.Role;
import org.tandem.people.SystemAuthentication;
import org.tandem.support.MutableClock;
import org.tandem.support.PlanFixture;
import org.tandem.support.UiTest;

/** After its report is issued a half-term is closed, and then nothing may ask a lead for its update. */
class ClosedHalfTermTest extends UiTest {

    // Beyond 2038 on purpose: the half-term's closing instant must store and read back there too.
    static final LocalDate TODAY = LocalDate.of(2046, 11, 19);

    @Autowired
    PlanFixture fixture;
    @Autowired
    ActionPlanService plan;
    @Autowired
    CalendarService calendar;
    @Autowired
    MutableClock clock;

    PlanFixture.Plan thePlan;
    long action;

    @BeforeEach
    void aPlanInAClosedHalfTerm() {
        fixture.year(2046);
        clock.setDate(TODAY);
        thePlan = fixture.plan("Closed");
        action = fixture.ownAction(thePlan, "We will review the local offer", TODAY.minusMonths(1), TODAY.plusMonths(5));
        SystemAuthentication.run(() -> calendar.closeHalfTerm(calendar.current().orElseThrow().id()));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void onceTheHalfTermClosesNoPageInvitesAnUpdateForIt() {
        loginAs(thePlan.lead().username(), Role.WORKSTREAM_LEAD);
        assertThat(SystemAuthentication.call(() -> calendar.current().orElseThrow().closed())).isTrue();

        UI.getCurrent().navigate(MyActionsView.class);
        assertThat(_find(Button.class, spec -> spec.withText("Save update"))).isEmpty();
        assertThat(_get(MyActionsView.class).getElement().getTextRecursively())
                .contains("Autumn 2 2046/47 is closed").doesNotContain("are due by");

        UI.getCurrent().navigate(ActionView.class, new RouteParameters("id", String.valueOf(action)));
        assertThat(_find(Button.class, spec -> spec.withText("Save update"))).isEmpty();
        assertThat(_get(ActionView.class).getElement().getTextRecursively()).contains("is closed")
                .doesNotContain("please update by");

        UI.getCurrent().navigate(HomeView.class);
        assertThat(_get(Section.class, spec -> spec.withId("your-actions")).getElement().getTextRecursively())
                .contains("0 need this half-term's update").doesNotContain("Please give them by");
    }
}
