package org.tandem.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import org.tandem.calendar.CalendarService;
import org.tandem.calendar.HalfTermInfo;
import org.tandem.people.UserService;
import org.tandem.shared.TandemProperties;

/**
 * The frame of every signed-in page: partnership name, current half-term, navigation (only what the user's
 * roles may open, as Vaadin's menu access control filters it), who is signed in with a sign-out button, and a
 * link to change the password under the navigation. For the keyboard, a skip link is
 * the first tab stop, and after moving to another page focus goes to that page's heading.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final CalendarService calendar;
    private final Span halfTerm = new Span();
    private String shownPath;

    public MainLayout(TandemProperties properties, CalendarService calendar, UserService users,
            AuthenticationContext authentication) {
        this.calendar = calendar;
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the navigation");
        Span partnership = new Span(properties.partnershipName());
        partnership.addClassName("shell-partnership");
        halfTerm.addClassName("shell-half-term");
        halfTerm.setId("current-half-term");

        String name = users.me().map(person -> person.displayName()).orElse(authentication.getPrincipalName()
                .orElse(""));
        // A name and a plain button rather than a menu bar: Vaadin's menu bar collapses its one item into "···"
        // when measured at a narrow moment (a window resized behind a dialog) and then stays cut at 320 px.
        Span signedIn = new Span(new Icon(VaadinIcon.USER), new Span(" " + name));
        signedIn.addClassName("shell-name");
        Button signOut = new Button("Sign out", event -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        signOut.setId("sign-out");
        Div account = new Div(signedIn, signOut);
        account.addClassName("shell-account");
        account.getElement().setAttribute("role", "group");
        account.getElement().setAttribute("aria-label", "Your account");

        Header header = new Header(skipLink(), toggle, partnership, halfTerm, account);
        header.addClassName("shell-header");
        addToNavbar(true, header);

        Div brand = new Div(new Span("Tandem"));
        brand.addClassName("shell-brand");
        // Everything in the drawer is in a landmark, so that a screen reader's list of landmarks misses nothing.
        Nav nav = new Nav(brand, navigation());
        nav.setAriaLabel("Main");
        // The public pages families read, and the words explained, are a click away from the workspace too.
        Anchor glossary = new Anchor("glossary", "Words we use");
        Anchor publicPage = new Anchor("you-said-we-did", "The public \"you said, we did\" page");
        Anchor password = new Anchor("account/password", "Change your password");
        Nav more = new Nav(new Paragraph(glossary), new Paragraph(publicPage), new Paragraph(password));
        more.setAriaLabel("More");
        more.addClassName("shell-more");
        addToDrawer(nav, more);
    }

    /** A real link for assistive technology; the server moves focus, as the router would take a bare "#" away. */
    private Anchor skipLink() {
        Anchor skip = new Anchor("#main-content", "Skip to main content");
        skip.addClassName("skip-link");
        skip.setId("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement().addEventListener("click", event -> focusHeading()).preventDefault();
        return skip;
    }

    private static SideNav navigation() {
        SideNav nav = new SideNav();
        var entries = MenuConfiguration.getMenuEntries();
        for (MenuEntry entry : entries) {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            // "actions" stays lit on an action's page, but "feedback" not on "feedback/inbox", its own entry.
            item.setMatchNested(!entry.path().isEmpty() && entries.stream()
                    .noneMatch(other -> other.path().startsWith(entry.path() + "/")));
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Only when the page changed: a new filter in the address keeps focus where the person is typing, and on
        // the first page of a visit the browser starts at the top, where the skip link is.
        String path = event.getLocation().getPath();
        markHeading();
        if (shownPath != null && !shownPath.equals(path)) {
            focusHeading();
        }
        shownPath = path;
        halfTerm.setText(calendar.current().map(MainLayout::describe)
                .orElseGet(() -> calendar.nextAfter(calendar.today())
                        .map(next -> "Half-term break; " + next.label() + " starts " + next.dates().split(" to ")[0])
                        .orElse("No half-term set for today")));
    }

    /** The skip link's target, and the page heading focusable by script (tabindex -1 adds no tab stop). */
    private void markHeading() {
        Component content = getContent();
        if (content != null) {
            content.getElement().setAttribute("id", "main-content");
            focusTarget(content).getElement().setAttribute("tabindex", "-1");
        }
    }

    void focusHeading() {
        Component content = getContent();
        if (content != null) {
            focusTarget(content).getElement().callJsFunction("focus");
        }
    }

    private static Component focusTarget(Component content) {
        return heading(content).<Component>map(h1 -> h1).orElse(content);
    }

    private static Optional<H1> heading(Component component) {
        if (component instanceof H1 h1) {
            return Optional.of(h1);
        }
        return component.getChildren().map(MainLayout::heading).flatMap(Optional::stream).findFirst();
    }

    private static String describe(HalfTermInfo current) {
        return current.label();
    }
}
