package org.tandem.action.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import org.tandem.action.ActionFilter;
import org.tandem.action.ActionPlanService;
import org.tandem.action.ActionRow;
import org.tandem.action.ActionStatus;
import org.tandem.action.PlanAbilities;
import org.tandem.action.WorkstreamService;
import org.tandem.action.WorkstreamSummary;
import org.tandem.people.Person;
import org.tandem.people.UserService;
import org.tandem.shared.Rag;
import org.tandem.strategy.PriorityInfo;
import org.tandem.strategy.StrategyService;

/**
 * The whole action plan: a lazy, paged, sortable grid with filters kept in the URL, so that a filtered view can
 * be shared and the back button works.
 */
@Route("actions")
@PageTitle("Action plan | Tandem")
@Menu(order = 20, icon = "vaadin:list-ol", title = "Action plan")
@PermitAll
public class ActionPlanView extends Main implements BeforeEnterObserver {

    final ComboBox<PriorityInfo> priority = new ComboBox<>("Priority");
    final ComboBox<WorkstreamSummary> workstream = new ComboBox<>("Workstream");
    final ComboBox<Person> owner = new ComboBox<>("Owner");
    final ComboBox<ActionStatus> status = new ComboBox<>("Status");
    final ComboBox<Rag> rag = new ComboBox<>("RAG");
    final Checkbox overdue = new Checkbox("Overdue");
    final Checkbox updateOverdue = new Checkbox("Update overdue");
    final TextField text = new TextField("Search");
    final Grid<ActionRow> grid = ActionColumns.grid();
    final Paragraph matches = new Paragraph();
    private final ActionPlanService plan;
    private final List<PriorityInfo> priorities;
    private final List<WorkstreamSummary> workstreams;
    private final UserService users;
    private ActionFilter filter = ActionFilter.none();
    private boolean applying;
    private long shownCount = -1;

    public ActionPlanView(ActionPlanService plan, StrategyService strategy, WorkstreamService workstreamService,
            UserService users, ActionEditing editing) {
        this.plan = plan;
        this.priorities = strategy.priorities();
        this.workstreams = workstreamService.list();
        this.users = users;
        addClassName("page");

        priority.setItems(priorities);
        priority.setItemLabelGenerator(PriorityInfo::label);
        workstream.setItems(workstreams);
        workstream.setItemLabelGenerator(WorkstreamSummary::name);
        // Asked for a page at a time as the list scrolls or a name is typed: a partnership's 300 people are not
        // held by every open action plan.
        owner.setItems(query -> users.findPeople(query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        owner.setItemLabelGenerator(Person::displayName);
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(ActionStatus::label);
        rag.setItems(Rag.values());
        rag.setItemLabelGenerator(value -> value.label() + " (" + value.meaning().toLowerCase() + ")");
        text.setPlaceholder("Reference, title or description");
        text.setMaxLength(ActionFilter.TEXT_LENGTH);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        List.of(priority, workstream, owner, status, rag).forEach(box -> box.setClearButtonVisible(true));
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(priority, workstream, owner, status, rag, overdue,
                updateOverdue, text)) {
            field.addValueChangeListener(event -> {
                if (!applying) {
                    navigateTo(fromFields());
                }
            });
        }
        FlexLayout filters = new FlexLayout(priority, workstream, owner, status, rag, text, overdue, updateOverdue);
        filters.addClassName("filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);

        Div actionsBar = new Div();
        actionsBar.addClassName("toolbar");
        Button clear = new Button("Clear filters", event -> navigateTo(ActionFilter.none()));
        actionsBar.add(clear);
        PlanAbilities abilities = plan.abilities();
        if (abilities.mayAddActions()) {
            Button add = new Button("Add action", event -> editing.create(() -> grid.getDataProvider().refreshAll()));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actionsBar.add(add);
        }

        ActionExports.addTo(actionsBar, plan, () -> filter, abilities.mayImport());

        // The count just shown above the grid serves the grid's first count in the same round trip.
        grid.setItems(query -> plan.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> {
                    long count = shownCount >= 0 ? shownCount : plan.count(filter);
                    shownCount = -1;
                    return (int) Math.min(Integer.MAX_VALUE, count);
                });
        // About a screenful at a time: every row sent stays in the tab's server state until scrolled away.
        grid.setPageSize(20);
        matches.setId("action-count");
        matches.getElement().setAttribute("aria-live", "polite");
        add(new H1("Action plan"), filters, actionsBar, matches, grid);
        setSizeFull();
        grid.setHeight("65vh");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = ActionFilter.fromQuery(event.getLocation().getQueryParameters().getParameters());
        applying = true;
        try {
            priority.setValue(find(priorities, PriorityInfo::id, filter.priorityId()));
            workstream.setValue(find(workstreams, WorkstreamSummary::id, filter.workstreamId()));
            owner.setValue(filter.ownerId() == null ? null : users.people(List.of(filter.ownerId()))
                    .get(filter.ownerId()));
            status.setValue(filter.status());
            rag.setValue(filter.rag());
            overdue.setValue(filter.overdue());
            updateOverdue.setValue(filter.updateOverdue());
            text.setValue(filter.text());
        } finally {
            applying = false;
        }
        long count = plan.count(filter);
        shownCount = count;
        matches.setText(count == 1 ? "1 action matches." : count + " actions match.");
        grid.getDataProvider().refreshAll();
    }

    ActionFilter filter() {
        return filter;
    }

    private ActionFilter fromFields() {
        return new ActionFilter(priority.getValue() == null ? null : priority.getValue().id(),
                workstream.getValue() == null ? null : workstream.getValue().id(),
                owner.getValue() == null ? null : owner.getValue().id(), status.getValue(), rag.getValue(),
                overdue.getValue(), updateOverdue.getValue(), text.getValue());
    }

    private void navigateTo(ActionFilter newFilter) {
        UI.getCurrent().navigate(ActionPlanView.class, new QueryParameters(newFilter.toQuery()));
    }

    private static <T> T find(List<T> items, java.util.function.ToLongFunction<T> id, Long wanted) {
        if (wanted == null) {
            return null;
        }
        return items.stream().filter(item -> Objects.equals(id.applyAsLong(item), wanted)).findFirst().orElse(null);
    }
}
