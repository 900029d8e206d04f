package org.tandem.home;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.tandem.action.ActionPlanService;
import org.tandem.action.ActionRow;
import org.tandem.calendar.CalendarService;
import org.tandem.shared.ui.Dates;
import org.tandem.calendar.HalfTermInfo;
import org.tandem.people.Role;
import org.tandem.people.UserService;
import org.tandem.reminder.WaitingWork;
import org.tandem.people.ActingUser;
import org.tandem.people.CurrentUser;

/** Where everyone lands after signing in: the half-term, and what their roles ask of them now. */
@Route("")
@PageTitle("Home | Tandem")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@PermitAll
public class HomeView extends Main {

    public HomeView(CalendarService calendar, UserService users, CurrentUser currentUser,
            ActionPlanService plan, WaitingWork waiting) {
        addClassName("page");
        ActingUser me = currentUser.get();
        add(new H1("Welcome, " + me.displayName()));
        add(waitingCard(waiting.forMe()));
        add(halfTermCard(calendar));
        if (plan.abilities().givesUpdates()) {
            add(actionsCard(plan));
        }
        if (users.mayManagePeople()) {
            add(adminCard(users.countEnabledByRole()));
        }
        add(rolesCard(me.roles()));
    }

    private static Section halfTermCard(CalendarService calendar) {
        LocalDate today = calendar.today();
        Section card = card("This half-term");
        card.setId("half-term-card");
        calendar.current().ifPresentOrElse(current -> {
            long days = current.daysLeft(today);
            card.add(new Paragraph(current.label() + ": " + current.dates() + "."));
            Span left = new Span(days == 1 ? "1 day left, including today." : days + " days left, including today.");
            left.addClassName("figure");
            card.add(new Paragraph(left));
            calendar.next(current).ifPresent(next -> card.add(new Paragraph("Next: " + next.label() + ", "
                    + next.dates() + ".")));
        }, () -> card.add(new Paragraph(calendar.nextAfter(today)
                .map(HalfTermInfo::label).map(label -> "It is a school holiday. " + label + " starts "
                        + calendar.nextAfter(today).orElseThrow().dates().split(" to ")[0] + ".")
                .orElse("No half-term covers today. An admin can add the year in the half-term calendar."))));
        return card;
    }

    private static Section actionsCard(ActionPlanService plan) {
        Section card = card("Your actions");
        card.setId("your-actions");
        List<ActionRow> mine = plan.mine();
        long due = mine.stream().filter(ActionRow::updateDue).count();
        String deadline = plan.updateWindow().map(window -> " Please give them by "
                + Dates.format(window.deadline()) + ".").orElse("");
        card.add(new Paragraph(mine.size() + (mine.size() == 1 ? " action; " : " actions; ") + due
                + (due == 1 ? " needs" : " need") + " this half-term's update." + (due > 0 ? deadline : "")));
        // A plain link by path: the home module depends on the action module's services, not on its screens.
        Anchor link = new Anchor("my-actions", "Go to my actions");
        link.getElement().setAttribute("router-link", true);
        card.add(link);
        return card;
    }

    private static Section adminCard(Map<Role, Long> counts) {
        Section card = card("People in the workspace");
        card.setId("users-per-role");
        UnorderedList list = new UnorderedList();
        counts.forEach((role, count) -> list.add(new ListItem(role.label() + ": " + count + " active")));
        card.add(list);
        return card;
    }

    /** What needs this person now, from the modules' reminder sources: the same lines as their digest. */
    private static Section waitingCard(List<WaitingWork.Waiting> groups) {
        Section card = card("Waiting for you");
        card.setId("waiting-for-you");
        if (groups.isEmpty()) {
            card.add(new Paragraph("Nothing is waiting for you today."));
            return card;
        }
        for (WaitingWork.Waiting group : groups) {
            card.add(new H3(group.heading()));
            UnorderedList list = new UnorderedList();
            group.items().forEach(item -> {
                // A plain link by path: home knows the modules' services, not their screens.
                Anchor link = new Anchor(item.link(), item.line());
                link.getElement().setAttribute("router-link", true);
                list.add(new ListItem(link));
            });
            card.add(list);
        }
        return card;
    }

    private static Section rolesCard(Set<Role> roles) {
        Section card = card("What you can do here");
        UnorderedList list = new UnorderedList();
        roles.stream().sorted().forEach(role -> list.add(new ListItem(role.duty())));
        // A link, not only words: it is also what makes a home page with nothing else to follow keyboard-scrollable
        // (axe-core: scrollable-region-focusable on the layout's content).
        Anchor password = new Anchor("account/password", "Change your password");
        password.getElement().setAttribute("router-link", true);
        list.add(new ListItem(password, new Span(" (also in the menu under your name).")));
        card.add(list);
        return card;
    }

    private static Section card(String title) {
        Section section = new Section(new H2(title));
        section.addClassName("card");
        return section;
    }

}
