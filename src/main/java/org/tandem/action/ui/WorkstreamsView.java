package org.tandem.action.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tandem.action.ActionFilter;
import org.tandem.action.Workstream;
import org.tandem.action.WorkstreamService;
import org.tandem.action.WorkstreamSummary;
import org.tandem.people.Person;
import org.tandem.people.UserService;
import org.tandem.shared.TandemProperties;
import org.tandem.shared.ui.HistoryPanel;
import org.tandem.shared.ui.Notifications;
import org.tandem.shared.ui.SaveAttempt;
import org.tandem.strategy.PriorityInfo;
import org.tandem.strategy.StrategyService;
import org.tandem.shared.ui.TextLimits;

/** The workstreams that deliver the plan; admins set them up. */
@Route("workstreams")
@PageTitle("Workstreams | Tandem")
@Menu(order = 25, icon = "vaadin:cluster", title = "Workstreams")
@PermitAll
public class WorkstreamsView extends Main {

    final Grid<WorkstreamSummary> grid = new Grid<>();
    private final WorkstreamService workstreams;
    private final UserService users;
    private final StrategyService strategy;
    private final TandemProperties properties;
    private final boolean admin;

    public WorkstreamsView(WorkstreamService workstreams, UserService users, StrategyService strategy,
            TandemProperties properties) {
        this.workstreams = workstreams;
        this.users = users;
        this.strategy = strategy;
        this.properties = properties;
        this.admin = workstreams.mayEdit();
        addClassName("page");
        Map<Long, String> priorities = strategy.priorities().stream()
                .collect(Collectors.toMap(PriorityInfo::id, p -> String.valueOf(p.number())));
        grid.addComponentColumn(w -> {
            RouterLink link = new RouterLink(w.name(), ActionPlanView.class);
            link.setQueryParameters(new QueryParameters(ActionFilter.none().withWorkstream(w.id()).toQuery()));
            return link;
        }).setHeader("Workstream (opens its actions)").setFlexGrow(2);
        grid.addColumn(w -> w.lead() == null ? "" : w.lead()).setHeader("Lead");
        grid.addColumn(w -> w.priorityIds().stream().map(priorities::get).filter(Objects::nonNull).sorted()
                .collect(Collectors.joining(", "))).setHeader("Priorities");
        grid.addColumn(WorkstreamSummary::purpose).setHeader("Purpose").setFlexGrow(3);
        if (admin) {
            grid.addComponentColumn(w -> {
                Button edit = new Button("Edit", event -> open(w));
                edit.getElement().setAttribute("aria-label", "Edit " + w.name());
                return edit;
            }).setHeader("Edit").setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Workstreams");
        grid.setAllRowsVisible(true);
        add(new H1("Workstreams"));
        if (admin) {
            Button add = new Button("Add workstream", event -> open(null));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(add);
        }
        add(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(workstreams.list());
    }

    void open(@Nullable WorkstreamSummary workstream) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(workstream == null ? "Add a workstream" : "Edit " + workstream.name());
        dialog.setWidth("min(52rem, 95vw)");
        List<Person> leads = workstreams.candidateLeads();
        List<Person> everyone = users.everyone();
        List<PriorityInfo> priorities = strategy.priorities();
        TextField name = new TextField("Name");
        TextLimits.limit(name, Workstream.NAME_LENGTH);
        TextArea purpose = new TextArea("Purpose");
        TextLimits.limit(purpose, Workstream.PURPOSE_LENGTH);
        ComboBox<Person> lead = new ComboBox<>("Lead", leads);
        lead.setItemLabelGenerator(Person::displayName);
        lead.setClearButtonVisible(true);
        MultiSelectComboBox<Person> members = new MultiSelectComboBox<>("Members", everyone);
        members.setItemLabelGenerator(Person::displayName);
        MultiSelectComboBox<PriorityInfo> served = new MultiSelectComboBox<>("Priorities it serves", priorities);
        served.setItemLabelGenerator(PriorityInfo::label);
        if (workstream != null) {
            name.setValue(workstream.name());
            purpose.setValue(workstream.purpose());
            lead.setValue(leads.stream().filter(p -> Objects.equals(p.id(), workstream.leadId())).findFirst()
                    .orElse(null));
            members.setValue(everyone.stream().filter(p -> workstream.memberIds().contains(p.id()))
                    .collect(Collectors.toSet()));
            served.setValue(priorities.stream().filter(p -> workstream.priorityIds().contains(p.id()))
                    .collect(Collectors.toSet()));
        }
        FormLayout form = new FormLayout(name, lead, purpose, members, served);
        form.setColspan(purpose, 2);
        form.setColspan(members, 2);
        form.setColspan(served, 2);
        dialog.add(form);
        Button save = new Button("Save", event -> {
            Long leadId = lead.getValue() == null ? null : lead.getValue().id();
            var memberIds = ids(members.getValue(), Person::id);
            var priorityIds = ids(served.getValue(), PriorityInfo::id);
            boolean saved = new SaveAttempt().at("purpose", purpose).otherwise(name).onConflict(() -> {
                dialog.close();
                refresh();
                workstreams.list().stream().filter(w -> workstream != null && w.id() == workstream.id()).findFirst()
                        .ifPresent(this::open);
            }).run(() -> {
                if (workstream == null) {
                    workstreams.create(name.getValue(), purpose.getValue(), leadId, memberIds, priorityIds);
                } else {
                    workstreams.update(workstream.id(), workstream.version(), name.getValue(), purpose.getValue(),
                            leadId, memberIds, priorityIds);
                }
            });
            if (saved) {
                Notifications.success("Saved " + name.getValue().strip() + ".");
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), save);
        if (workstream != null) {
            HistoryPanel history = new HistoryPanel(properties.timeZone());
            history.setEntries(workstreams.history(workstream.id()));
            dialog.add(history);
        }
        dialog.open();
    }

    private static <T> java.util.Set<Long> ids(java.util.Set<T> items, Function<T, Long> id) {
        return items.stream().map(id).collect(Collectors.toSet());
    }
}
