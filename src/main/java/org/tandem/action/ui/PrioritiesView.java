package org.tandem.action.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tandem.action.ActionPlanService;
import org.tandem.action.ActionStatus;
import org.tandem.action.PriorityCard;
import org.tandem.shared.ui.RagBadge;

/** Are we delivering our priorities? Each as a card with its RAG and why, its actions and what is overdue. */
@Route("priorities")
@PageTitle("Priorities | Tandem")
@Menu(order = 10, icon = "vaadin:flag", title = "Priorities")
@PermitAll
public class PrioritiesView extends Main {

    public PrioritiesView(ActionPlanService plan) {
        addClassName("page");
        add(new H1("Priorities"));
        Paragraph rule = new Paragraph(PriorityCard.RULE + " The board can override a RAG, with a reason.");
        rule.addClassName("hint");
        add(rule);
        List<PriorityCard> cards = plan.overview();
        if (cards.isEmpty()) {
            add(new Paragraph("The current strategy has no priorities yet."));
        }
        Div grid = new Div();
        grid.addClassName("card-grid");
        cards.forEach(card -> grid.add(card(card)));
        add(grid);
    }

    static Section card(PriorityCard card) {
        RouterLink title = new RouterLink(card.priority().label(), PriorityView.class,
                new RouteParameters("id", String.valueOf(card.priority().id())));
        H2 heading = new H2(title);
        Section section = new Section(heading);
        section.addClassNames("card", "priority-card");
        Div rag = new Div(new RagBadge(card.rag()), new Span(" " + card.reason()));
        rag.addClassName("rag-line");
        section.add(rag);
        String byStatus = Stream.of(ActionStatus.values())
                .filter(status -> card.actionsByStatus().getOrDefault(status, 0L) > 0)
                .map(status -> card.actionsByStatus().get(status) + " " + status.label().toLowerCase())
                .collect(Collectors.joining(", "));
        section.add(new Paragraph(card.actions() + (card.actions() == 1 ? " action" : " actions")
                + (byStatus.isEmpty() ? "." : ": " + byStatus + ".")));
        ProgressBar complete = new ProgressBar(0, 100, card.percentComplete());
        complete.getElement().setAttribute("aria-label", card.percentComplete() + "% of actions complete");
        section.add(new Span(card.percentComplete() + "% complete"), complete);
        Paragraph overdue = new Paragraph(card.overdue() == 0 ? "Nothing overdue."
                : card.overdue() + (card.overdue() == 1 ? " action overdue." : " actions overdue."));
        if (card.overdue() > 0) {
            overdue.addClassName("warning-text");
        }
        section.add(overdue);
        return section;
    }
}
