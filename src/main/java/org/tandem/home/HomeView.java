package org.tandem.home;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
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
import org.tandem.people.CurrentUser;
import org.tandem.risk.MyRisks;
import org.tandem.risk.RiskRegister;
import org.tandem.risk.RiskRow;

/** Where everyone lands after signing in: the half-term, and what their roles ask of them now. */
@Route("")
@PageTitle("Home | Tandem")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@PermitAll
public class HomeView extends Main {

    public HomeView(CalendarService calendar, UserService users, CurrentUser currentUser,
            ActionPlanService plan, RiskRegister risks) {
        addClassName("page");
        Set<Role> roles = currentUser.roles();
        String name = users.me().map(person -> person.displayName()).orElse(currentUser.username());
        add(new H1("Welcome, " + name));
        add(halfTermCard(calendar));
        if (roles.contains(Role.WORKSTREAM_LEAD)) {
            add(actionsCard(plan));
        }
        MyRisks myRisks = risks.mine();
        if (!myRisks.isEmpty()) {
            add(risksCard(myRisks));
        }
        if (roles.contains(Role.ADMIN)) {
            add(adminCard(users.countEnabledByRole()));
        }
        add(rolesCard(roles));
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

    /** The owner's reviews due within a week or overdue, and their risks whose mitigation is failing. */
    private static Section risksCard(MyRisks mine) {
        Section card = card("Your risks");
        card.setId("your-risks");
        if (!mine.reviewsDue().isEmpty()) {
            card.add(new Paragraph("Reviews due:"));
            UnorderedList due = new UnorderedList();
            mine.reviewsDue().forEach(row -> due.add(new ListItem(riskLink(row), new Span(" — "
                    + (row.reviewOverdue() ? "overdue since " : "due ") + Dates.format(row.nextReviewOn())))));
            card.add(due);
        }
        if (!mine.mitigationFailing().isEmpty()) {
            card.add(new Paragraph("Mitigation failing:"));
            UnorderedList failing = new UnorderedList();
            mine.mitigationFailing().forEach(row -> failing.add(new ListItem(riskLink(row),
                    new Span(" — " + row.mitigationFailing()))));
            card.add(failing);
        }
        return card;
    }

    private static Anchor riskLink(RiskRow row) {
        // A plain link by path, as for actions: home depends on the risk module's services, not its screens.
        Anchor link = new Anchor("risks/" + row.id(), row.reference() + " " + row.title() + " ("
                + row.scoreAndBand() + ", " + row.trend().label() + ")");
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private static Section adminCard(Map<Role, Long> counts) {
        Section card = card("People in the workspace");
        card.setId("users-per-role");
        UnorderedList list = new UnorderedList();
        counts.forEach((role, count) -> list.add(new ListItem(role.label() + ": " + count + " active")));
        card.add(list);
        return card;
    }

    private static Section rolesCard(Set<Role> roles) {
        Section card = card("What you can do here");
        UnorderedList list = new UnorderedList();
        if (roles.contains(Role.ADMIN)) {
            list.add(new ListItem("Run the workspace: people, partner organisations and the half-term calendar."));
        }
        if (roles.contains(Role.BOARD_MEMBER)) {
            list.add(new ListItem("Review the partnership's priorities and read the half-termly report."));
        }
        if (roles.contains(Role.WORKSTREAM_LEAD)) {
            list.add(new ListItem("Update your workstream's actions before each half-term's deadline."));
        }
        if (roles.contains(Role.FORUM_REP)) {
            list.add(new ListItem("Log what families said and follow what was done about it."));
        }
        list.add(new ListItem("Change your password from the menu under your name."));
        card.add(list);
        return card;
    }

    private static Section card(String title) {
        Section section = new Section(new H2(title));
        section.addClassName("card");
        return section;
    }

}
