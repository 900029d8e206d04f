package org.tandem.home;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.calendar.CalendarService;
import org.tandem.people.Role;
import org.tandem.people.SystemAuthentication;
import org.tandem.support.MutableClock;
import org.tandem.support.UiTest;

class HomeViewTest extends UiTest {

    @Autowired
    CalendarService calendar;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void aYearAndADate() {
        SystemAuthentication.run(() -> {
            if (calendar.years().stream().noneMatch(year -> year.startYear() == 2035)) {
                calendar.addYear(calendar.typicalYear(2035));
            }
        });
        clock.setDate(LocalDate.of(2035, 11, 20));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void everyRoleSeesTheCurrentHalfTermAndTheDaysLeftInIt() {
        long daysLeft = calendar.containing(LocalDate.of(2035, 11, 20)).orElseThrow()
                .daysLeft(LocalDate.of(2035, 11, 20));
        for (Role role : Role.values()) {
            loginAs("home-" + role.name().toLowerCase(), role);
            UI.getCurrent().navigate(HomeView.class);
            String card = _get(Section.class, spec -> spec.withId("half-term-card")).getElement().getTextRecursively();
            assertThat(card).contains("Autumn 2 2035/36").contains(daysLeft + " days left");
            assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("current-half-term"))
                    .getText()).isEqualTo("Autumn 2 2035/36");
        }
    }

    @Test
    void anAdminSeesHowManyPeopleHoldEachRole() {
        loginAs("home-admin", Role.ADMIN);
        UI.getCurrent().navigate(HomeView.class);
        String card = _get(Section.class, spec -> spec.withId("users-per-role")).getElement().getTextRecursively();
        assertThat(card).contains("Board member:").contains("Workstream lead:").contains("active");
    }

    @Test
    void othersDoNotSeeTheUserCounts() {
        loginAs("home-board", Role.BOARD_MEMBER);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_find(Section.class, spec -> spec.withId("users-per-role"))).isEmpty();
    }

    @Test
    void theNavigationShowsOnlyWhatTheRoleMayOpen() {
        loginAs("nav-lead", Role.WORKSTREAM_LEAD);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(navigation()).contains("Home").doesNotContain("Users", "Organisations", "Half-term calendar");
    }

    @Test
    void anAdminsNavigationHoldsTheAdminScreens() {
        loginAs("nav-admin", Role.ADMIN);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(navigation()).contains("Home", "Users", "Organisations", "Half-term calendar");
    }

    @Test
    void duringABreakTheHomePageSaysWhenTheNextHalfTermStarts() {
        clock.setDate(LocalDate.of(2035, 12, 27));
        loginAs("home-forum", Role.FORUM_REP);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_get(Section.class, spec -> spec.withId("half-term-card")).getElement().getTextRecursively())
                .contains("school holiday").contains("Spring 1 2035/36");
    }

    private static List<String> navigation() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
