package org.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tandem.home.NoAccessView;
import org.tandem.people.Role;
import org.tandem.security.ui.LoginView;
import org.tandem.support.UiTest;

/**
 * For every route, every role and anonymous visitors: may they open it? A new route fails this test until its
 * row is added, so no screen ships without a decision on who may see it.
 */
class RouteAccessTest extends UiTest {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);

    /** Location → roles allowed; a true second element means anonymous visitors are allowed too. */
    private static final Map<String, Access> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("login", new Access(EVERYONE, true));
        EXPECTED.put("", new Access(EVERYONE, false));
        EXPECTED.put("account/password", new Access(EVERYONE, false));
        EXPECTED.put("admin/users", new Access(ADMIN, false));
        EXPECTED.put("admin/organisations", new Access(ADMIN, false));
        EXPECTED.put("admin/calendar", new Access(ADMIN, false));
        EXPECTED.put("strategy", new Access(EVERYONE, false));
        EXPECTED.put("priorities", new Access(EVERYONE, false));
        EXPECTED.put("priorities/:id", new Access(EVERYONE, false));
        EXPECTED.put("actions", new Access(EVERYONE, false));
        EXPECTED.put("actions/:id", new Access(EVERYONE, false));
        EXPECTED.put("workstreams", new Access(EVERYONE, false));
        EXPECTED.put("my-actions", new Access(EnumSet.of(Role.ADMIN, Role.WORKSTREAM_LEAD), false));
        EXPECTED.put("actions/import", new Access(ADMIN, false));
        EXPECTED.put("admin/outbox", new Access(ADMIN, false));
        EXPECTED.put("admin/feedback-lists", new Access(ADMIN, false));
        EXPECTED.put("you-said-we-did", new Access(EVERYONE, true));
        EXPECTED.put("you-said-we-did/embed", new Access(EVERYONE, true));
        EXPECTED.put("glossary", new Access(EVERYONE, true));
        EXPECTED.put("feedback", new Access(EVERYONE, false));
        EXPECTED.put("feedback/:id", new Access(EVERYONE, false));
        EXPECTED.put("feedback/inbox", new Access(EnumSet.of(Role.ADMIN, Role.FORUM_REP), false));
        EXPECTED.put("feedback/responses", new Access(EVERYONE, false));
        EXPECTED.put("feedback/themes", new Access(EVERYONE, false));
        EXPECTED.put("co-production", new Access(EVERYONE, false));
        EXPECTED.put("reports", new Access(EnumSet.of(Role.ADMIN, Role.BOARD_MEMBER), false));
        EXPECTED.put("reports/:id", new Access(EnumSet.of(Role.ADMIN, Role.BOARD_MEMBER), false));
        EXPECTED.put("reports/preview/:halfTermId", new Access(ADMIN, false));
        EXPECTED.put("risks", new Access(EVERYONE, false));
        EXPECTED.put("risks/:id", new Access(EVERYONE, false));
        EXPECTED.put("risks/heat-map", new Access(EVERYONE, false));
        EXPECTED.put("risks/escalated", new Access(EVERYONE, false));
        EXPECTED.put("risks/import", new Access(ADMIN, false));
        EXPECTED.put("risks/settings", new Access(ADMIN, false));
        EXPECTED.put("sef", new Access(EVERYONE, false));
        EXPECTED.put("sef/gaps", new Access(EVERYONE, false));
        EXPECTED.put("sef/criterion/:id", new Access(EVERYONE, false));
        EXPECTED.put("sef/evidence", new Access(EVERYONE, false));
        EXPECTED.put("sef/frameworks", new Access(EVERYONE, false));
        EXPECTED.put("sef/readiness", new Access(EVERYONE, false));
        EXPECTED.put("measures", new Access(EVERYONE, false));
        EXPECTED.put("measures/:id", new Access(EVERYONE, false));
        EXPECTED.put("measures/entry", new Access(EVERYONE, false));
        EXPECTED.put("measures/import", new Access(EVERYONE, false));
        EXPECTED.put("measures/library", new Access(ADMIN, false));
        EXPECTED.put("measures/open-data", new Access(ADMIN, false));
        EXPECTED.put("progress", new Access(EVERYONE, true));
    }

    record Access(Set<Role> roles, boolean anonymous) {
    }

    @Test
    void everyRouteIsInTheAccessTable() {
        List<String> registered = new ArrayList<>();
        for (Class<?> route : routeClasses()) {
            @SuppressWarnings("unchecked")
            Class<? extends Component> view = (Class<? extends Component>) route;
            if (view.getPackageName().startsWith("org.tandem") && view.isAnnotationPresent(Route.class)) {
                registered.add(RouteConfiguration.forSessionScope().getTemplate(view).orElseThrow());
            }
        }
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(registered);
    }

    @Test
    void eachRoleOpensExactlyTheRoutesItMay() {
        for (var row : EXPECTED.entrySet()) {
            for (Role role : Role.values()) {
                loginAs("access-" + role.name().toLowerCase(), role);
                assertThat(opens(row.getKey())).as("%s opening /%s", role, row.getKey())
                        .isEqualTo(row.getValue().roles().contains(role));
            }
        }
    }

    @Test
    void anonymousVisitorsOpenOnlyPublicRoutesAndAreSentToSignIn() {
        for (var row : EXPECTED.entrySet()) {
            logout();
            assertThat(opens(row.getKey())).as("anonymous opening /%s", row.getKey())
                    .isEqualTo(row.getValue().anonymous());
            if (!row.getValue().anonymous()) {
                assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
            }
        }
    }

    /** Allowed when navigation is neither refused (Tandem's "no access" page) nor sent to sign in; a page may still
     * forward elsewhere. */
    private static boolean opens(String template) {
        String location = template.replaceAll(":\\w+", "1");
        try {
            UI.getCurrent().navigate(location);
        } catch (MockAccessDeniedException denied) {
            return false;
        }
        Component view = UI.getCurrent().getCurrentView();
        if (view instanceof NoAccessView) {
            return false;
        }
        return location.equals("login") || !(view instanceof LoginView);
    }
}
