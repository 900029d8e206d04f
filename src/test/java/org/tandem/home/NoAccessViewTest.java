package org.tandem.home;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.tandem.people.Role;
import org.tandem.support.UiTest;

class NoAccessViewTest extends UiTest {

    @Test
    void aBoardMemberOpeningTheUsersPageIsToldPlainlyTheyHaveNoAccessAndOfferedTheWayHome() {
        loginAs("no-access-board", Role.BOARD_MEMBER);
        UI.getCurrent().navigate("admin/users");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NoAccessView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("You do not have access to this page");
        String page = UI.getCurrent().getCurrentView().getElement().getTextRecursively();
        assertThat(page).doesNotContainIgnoringCase("annotations").doesNotContain("admin/outbox");
        RouterLink home = _get(RouterLink.class, spec -> spec.withId("no-access-home"));
        assertThat(home.getText()).isEqualTo("Go to your home page");
        assertThat(home.getHref()).isEmpty();
    }

    @Test
    void theRefusalSitsInsideTheUsualFrameSoTheNavigationStaysAtHand() {
        loginAs("no-access-forum", Role.FORUM_REP);
        UI.getCurrent().navigate("reports");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NoAccessView.class);
        assertThat(UI.getCurrent().getCurrentView().getParent()).get().isInstanceOf(MainLayout.class);
    }

    @Test
    void aServiceThatRefusesWhatAPageNeedsGivesThePlainRefusalWithItsReasonNotAHalfBuiltPage() {
        loginAs("no-access-lead", Role.WORKSTREAM_LEAD);
        com.vaadin.flow.router.RouteConfiguration.forSessionScope().setRoute("refusing-for-test", Refusing.class);
        UI.getCurrent().navigate("refusing-for-test");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RefusedView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("You do not have access to this page");
        assertThat(UI.getCurrent().getCurrentView().getElement().getTextRecursively())
                .contains("Only admins keep these settings.").doesNotContain("Half-built");
        assertThat(_get(RouterLink.class, spec -> spec.withId("no-access-home")).getText())
                .isEqualTo("Go to your home page");
    }

    /** A page open to everyone signed in whose service refuses this person while the page is built. */
    @com.vaadin.flow.router.PageTitle("Refusing")
    @jakarta.annotation.security.PermitAll
    public static class Refusing extends com.vaadin.flow.component.html.Main {
        public Refusing() {
            add(new H1("Half-built"));
            throw new org.springframework.security.access.AccessDeniedException("Only admins keep these settings.");
        }
    }
}
