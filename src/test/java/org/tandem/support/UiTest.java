package org.tandem.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.tandem.people.ActingUser;
import org.tandem.people.Role;
import org.tandem.people.UserService;

/**
 * Browserless UI tests: Spring boots once, Vaadin is mocked per test, and a test signs in as the role that does
 * the job. Karibu does not run the Spring Security filter chain, so signing in sets both the security context
 * and the mock request's principal and roles, which Vaadin's view access checks read.
 */
public abstract class UiTest extends IntegrationTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.tandem");
        }
    }

    @BeforeEach
    void mockVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    protected void loginAs(String username, Role... roles) {
        List<SimpleGrantedAuthority> authorities = Arrays.stream(roles).map(Role::authority)
                .map(SimpleGrantedAuthority::new).toList();
        // The same principal signing in makes: the person as the database knows them, with the roles given here.
        Object principal = context.getBean(UserService.class).findCredentials(username)
                .map(found -> (Object) new ActingUser(found.user().id(), username, found.user().displayName(),
                        Set.of(roles)))
                .orElseGet(() -> new User(username, "", authorities));
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        var securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(authentication);
        SecurityContextHolder.setContext(securityContext);
        Set<String> roleNames = Arrays.stream(roles).map(Role::name).collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((user, role) -> roleNames.contains(role) || roleNames.contains(
                role.startsWith("ROLE_") ? role.substring(5) : role));
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((user, role) -> false);
    }

    protected static Set<Class<?>> routeClasses() {
        return routes.getRoutes().stream().collect(Collectors.toSet());
    }

}
