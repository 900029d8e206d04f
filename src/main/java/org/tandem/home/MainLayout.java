package org.tandem.home;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.tandem.calendar.CalendarService;
import org.tandem.calendar.HalfTermInfo;
import org.tandem.people.UserService;
import org.tandem.shared.TandemProperties;

/**
 * The frame of every signed-in page: partnership name, current half-term, navigation (only what the user's
 * roles may open, as Vaadin's menu access control filters it) and the user menu.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final CalendarService calendar;
    private final Span halfTerm = new Span();

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

        MenuBar userMenu = new MenuBar();
        userMenu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        userMenu.getElement().setAttribute("aria-label", "Your account");
        String name = users.me().map(person -> person.displayName()).orElse(authentication.getPrincipalName()
                .orElse(""));
        var item = userMenu.addItem(new Span(new Icon(VaadinIcon.USER), new Span(" " + name)));
        SubMenu subMenu = item.getSubMenu();
        subMenu.addItem("Change password", event -> getUI().ifPresent(ui -> ui.navigate("account/password")));
        subMenu.addItem("Sign out", event -> authentication.logout());

        Header header = new Header(toggle, partnership, halfTerm, userMenu);
        header.addClassName("shell-header");
        addToNavbar(true, header);

        Div brand = new Div(new Span("Tandem"));
        brand.addClassName("shell-brand");
        Nav nav = new Nav(navigation());
        nav.setAriaLabel("Main");
        addToDrawer(brand, nav);
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
        halfTerm.setText(calendar.current().map(MainLayout::describe)
                .orElseGet(() -> calendar.nextAfter(calendar.today())
                        .map(next -> "Half-term break; " + next.label() + " starts " + next.dates().split(" to ")[0])
                        .orElse("No half-term set for today")));
    }

    private static String describe(HalfTermInfo current) {
        return current.label();
    }
}
