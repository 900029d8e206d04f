package org.tandem.action.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.tandem.action.ActionFilter;
import org.tandem.action.ActionPlanService;
import org.tandem.action.ActionRow;
import org.tandem.action.PriorityCard;
import org.tandem.people.OrganisationService;
import org.tandem.people.UserService;
import org.tandem.shared.Rag;
import org.tandem.shared.TandemProperties;
import org.tandem.shared.ui.Dates;
import org.tandem.shared.ui.Notifications;
import org.tandem.shared.ui.RagBadge;
import org.tandem.shared.ui.SaveAttempt;
import org.tandem.strategy.Priority;
import org.tandem.strategy.PriorityInfo;
import org.tandem.strategy.StrategyService;
import org.tandem.shared.ui.TextLimits;

/** One priority: its outcomes, sponsor and lead, how it stands, its actions and their latest updates. */
@Route("priorities/:id")
@PageTitle("Priority | Tandem")
@PermitAll
public class PriorityView extends Main implements BeforeEnterObserver {

    private final ActionPlanService plan;
    private final StrategyService strategy;
    private final UserService users;
    private final OrganisationService organisations;
    private final TandemProperties properties;
    private final boolean mayOverride;

    public PriorityView(ActionPlanService plan, StrategyService strategy, UserService users,
            OrganisationService organisations, TandemProperties properties) {
        this.plan = plan;
        this.strategy = strategy;
        this.users = users;
        this.organisations = organisations;
        this.properties = properties;
        this.mayOverride = strategy.mayOverrideRag();
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            event.forwardTo(PrioritiesView.class);
            return;
        }
        plan.card(id).ifPresentOrElse(this::show, () -> event.forwardTo(PrioritiesView.class));
    }

    private void show(PriorityCard card) {
        removeAll();
        PriorityInfo priority = card.priority();
        add(new RouterLink("← All priorities", PrioritiesView.class));
        add(new H1("Priority " + priority.label()));
        add(new Paragraph(priority.description()));

        Section standing = section("How it stands");
        standing.add(new Div(new RagBadge(card.rag()), new Span(" " + card.reason())));
        standing.add(new Paragraph(PriorityCard.RULE));
        if (mayOverride) {
            standing.add(overrideForm(card));
        }
        add(standing);

        Section outcomes = section("Outcomes: what this will mean for children, young people and families");
        OrderedList list = new OrderedList();
        priority.outcomes().forEach(outcome -> list.add(new ListItem(outcome)));
        outcomes.add(priority.outcomes().isEmpty() ? new Paragraph("No outcomes written yet.") : list);
        String sponsor = priority.sponsorId() == null ? "none yet"
                : users.people(Set.of(priority.sponsorId())).values().stream().findFirst()
                        .map(person -> person.displayName()).orElse("none yet");
        String lead = priority.leadOrganisationId() == null ? "none yet" : organisations.list().stream()
                .filter(o -> o.id() == priority.leadOrganisationId()).map(o -> o.name()).findFirst().orElse("none yet");
        outcomes.add(new Paragraph("Board sponsor: " + sponsor + ". Lead partner: " + lead + "."));
        add(outcomes);

        Section actions = section("Actions");
        ActionFilter filter = ActionFilter.none().withPriority(priority.id());
        Grid<ActionRow> grid = ActionColumns.grid();
        grid.setItems(plan.list(filter, PageRequest.of(0, 200)).getContent());
        grid.setAllRowsVisible(true);
        RouterLink inPlan = new RouterLink("Open these in the action plan", ActionPlanView.class);
        inPlan.setQueryParameters(new QueryParameters(filter.toQuery()));
        actions.add(grid, inPlan);
        add(actions);

        Section updates = section("Latest updates");
        var recent = plan.recentUpdates(priority.id(), 8);
        if (recent.isEmpty()) {
            updates.add(new Paragraph("No updates yet."));
        }
        for (var update : recent) {
            Div item = new Div(new RouterLink(update.reference() + " " + update.title(), ActionView.class,
                    new RouteParameters("id", String.valueOf(update.actionId()))),
                    new Paragraph(update.halfTerm() + ", " + update.status().label() + ", by " + update.author()
                            + " on " + Dates.format(update.at(), properties.timeZone())),
                    new Paragraph(update.narrative()));
            item.addClassName("update");
            updates.add(item);
        }
        add(updates);
    }

    private Div overrideForm(PriorityCard card) {
        ComboBox<Rag> rag = new ComboBox<>();
        rag.setLabel("Board's RAG");
        rag.setItems(Rag.values());
        rag.setItemLabelGenerator(value -> value.label() + " (" + value.meaning().toLowerCase() + ")");
        rag.setValue(card.rag());
        TextArea reason = new TextArea("Reason for the override");
        TextLimits.limit(reason, Priority.REASON_LENGTH);
        reason.setWidthFull();
        reason.setValue(card.priority().ragOverrideReason() == null ? "" : card.priority().ragOverrideReason());
        Runnable reload = () -> plan.card(card.priority().id()).ifPresent(this::show);
        Button save = new Button("Override the RAG", event -> {
            if (new SaveAttempt().at("rag", rag).otherwise(reason).onConflict(reload).run(() -> strategy.overrideRag(
                    card.priority().id(), card.priority().version(), rag.getValue(), reason.getValue()))) {
                Notifications.success("The RAG of priority " + card.priority().number() + " is now "
                        + rag.getValue().label() + ".");
                reload.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(rag, reason, save);
        form.addClassName("override-form");
        if (card.overridden()) {
            form.add(new Button("Go back to the derived RAG", event -> {
                if (new SaveAttempt().onConflict(reload)
                        .run(() -> strategy.clearOverride(card.priority().id(), card.priority().version()))) {
                    reload.run();
                }
            }));
        }
        return form;
    }

    private static Section section(String title) {
        Section section = new Section(new H2(title));
        section.addClassName("card");
        return section;
    }
}
