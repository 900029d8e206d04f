package org.tandem.measure.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.tandem.measure.MeasureFilter;
import org.tandem.measure.MeasureRetirement;
import org.tandem.measure.RetiredMeasure;
import org.tandem.measure.MeasureService;
import org.tandem.measure.MeasureSummary;
import org.tandem.measure.PriorityMeasures;
import org.tandem.measure.RagRule;
import org.tandem.shared.Rag;
import org.tandem.shared.spreadsheet.Spreadsheets;
import org.tandem.strategy.PriorityInfo;
import org.tandem.strategy.StrategyService;

/**
 * The measures of success by priority: for each its latest value, target, direction of travel, RAG in words and
 * a small trend chart; the rule that colours them; filters; and the shown measures as .xlsx or .csv.
 */
@Route("measures")
@PageTitle("Measures of success | Tandem")
@Menu(order = 22, icon = "vaadin:line-chart", title = "Measures")
@PermitAll
@StyleSheet("styles/measures.css")
public class MeasureDashboardView extends Main implements BeforeEnterObserver {

    /** The small chart shows the last two years of a half-termly measure. */
    static final int TREND_VALUES = 12;

    static final List<String> HEADERS = List.of("Priority", "Measure", "Latest", "Period", "Target", "Direction",
            "RAG", "Why", "Owner", "Family experience", "Publishable");

    final Select<PriorityInfo> priority = new Select<>();
    final Select<Rag> rag = new Select<>();
    final Checkbox experience = new Checkbox("Family experience measures only");
    final Checkbox mine = new Checkbox("Only measures I own");
    final Div groups = new Div();
    final Div retired = new Div();
    private final MeasureService measures;
    private final MeasureRetirement retirement;
    private MeasureFilter filter = MeasureFilter.none();
    /** True while the fields are set from the address, so that setting them does not navigate again. */
    private boolean applying;

    public MeasureDashboardView(MeasureService measures, StrategyService strategy, MeasureEditing editing,
            MeasureRetirement retirement) {
        this.measures = measures;
        this.retirement = retirement;
        addClassNames("page", "measures-page");
        add(new H1("Measures of success"));
        FlexLayout actions = new FlexLayout();
        actions.addClassName("measure-actions");
        actions.add(new RouterLink("Enter this period's values", MeasureEntryView.class));
        if (measures.mayDefine()) {
            Button add = new Button("New measure", event -> editing.create(id -> getUI().ifPresent(ui ->
                    ui.navigate(MeasureView.class, new RouteParameters("id", String.valueOf(id))))));
            actions.add(add, new RouterLink("Starter library", MeasureLibraryView.class),
                    new RouterLink("Open data and benchmarks", OpenDataView.class));
        }
        add(actions);

        OrderedList rule = new OrderedList();
        RagRule.conditions().forEach(condition -> rule.add(new ListItem(condition.words())));
        Details ruleDetails = new Details("How a measure's RAG is worked out (first that holds wins)", rule);
        add(ruleDetails);

        priority.setLabel("Priority");
        priority.setEmptySelectionAllowed(true);
        priority.setEmptySelectionCaption("All priorities");
        priority.setItems(strategy.priorities());
        priority.setItemLabelGenerator(p -> p == null ? "All priorities" : p.label());
        rag.setLabel("RAG");
        rag.setEmptySelectionAllowed(true);
        rag.setEmptySelectionCaption("Any");
        rag.setItems(Rag.RED, Rag.AMBER, Rag.GREEN, Rag.GREY);
        rag.setItemLabelGenerator(r -> r == null ? "Any" : r.label() + " (" + r.meaning().toLowerCase() + ")");
        FlexLayout filters = new FlexLayout(priority, rag, experience, mine);
        filters.addClassName("measure-filters");
        priority.addValueChangeListener(e -> filtered());
        rag.addValueChangeListener(e -> filtered());
        experience.addValueChangeListener(e -> filtered());
        mine.addValueChangeListener(e -> filtered());
        add(filters, exports(), groups);
        if (measures.mayDefine()) {
            add(retired);
            showRetired();
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = MeasureFilter.fromQuery(event.getLocation().getQueryParameters().getParameters());
        applying = true;
        try {
            priority.setValue(priority.getListDataView().getItems().filter(p -> p.id() == (filter.priorityId() == null
                    ? Long.MIN_VALUE : filter.priorityId())).findFirst().orElse(null));
            rag.setValue(filter.rag());
            experience.setValue(filter.experienceOnly());
            mine.setValue(filter.mine());
        } finally {
            applying = false;
        }
        refresh();
    }

    /** A filter changed: the address takes it, and the dashboard is drawn again from the address. */
    private void filtered() {
        if (applying) {
            return;
        }
        PriorityInfo chosen = priority.getValue();
        MeasureFilter chosenFilter = new MeasureFilter(chosen == null ? null : chosen.id(), rag.getValue(),
                experience.getValue(), mine.getValue());
        UI.getCurrent().navigate(MeasureDashboardView.class, new QueryParameters(chosenFilter.toQuery()));
    }

    /** The measures no longer watched, each to be opened or restored; an admin's list. */
    void showRetired() {
        retired.removeAll();
        List<RetiredMeasure> list = retirement.retired();
        OrderedList items = new OrderedList();
        for (RetiredMeasure m : list) {
            Button restore = new Button("Restore " + m.name(), e -> {
                if (new org.tandem.shared.ui.SaveAttempt().onConflict(this::showRetired)
                        .run(() -> retirement.restore(m.id(), m.version()))) {
                    org.tandem.shared.ui.Notifications.success("Restored “" + m.name() + "”.");
                    showRetired();
                    refresh();
                }
            });
            restore.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY_INLINE);
            items.add(new ListItem(new RouterLink(m.name(), MeasureView.class, new RouteParameters("id",
                    String.valueOf(m.id()))), new Text(", retired on "
                            + org.tandem.shared.BritishDates.LONG.format(m.retiredOn()) + " "), restore));
        }
        Section section = new Section(new H2("Retired"), list.isEmpty()
                ? new Paragraph("No retired measures. A retired measure keeps its values and history and can be "
                        + "restored here.") : items);
        retired.add(section);
    }

    MeasureFilter filter() {
        return filter;
    }

    void refresh() {
        groups.removeAll();
        List<PriorityMeasures> shown = measures.dashboard(filter());
        if (shown.isEmpty()) {
            groups.add(new Paragraph("No measures match. An admin adds measures, or adopts them from the starter "
                    + "library."));
        }
        for (PriorityMeasures group : shown) {
            Section section = new Section(new H2(group.label()));
            Div grid = new Div();
            grid.addClassName("card-grid");
            group.measures().forEach(m -> grid.add(card(m)));
            section.add(grid);
            groups.add(section);
        }
    }

    private Div card(MeasureSummary m) {
        Div card = new Div();
        card.addClassNames("card", "measure-card");
        H3 name = new H3(new RouterLink(m.name(), MeasureView.class, new RouteParameters("id",
                String.valueOf(m.id()))));
        card.add(name);
        card.add(new Paragraph("Latest: " + m.latestText() + (m.latestPeriod().isEmpty() ? "" : " ("
                + m.latestPeriod() + ")") + ". Target: " + m.target() + ". " + m.direction().words() + "."));
        card.add(MeasureText.rag(m.verdict()));
        if (!m.outcomes().isEmpty()) {
            card.add(new Paragraph("Evidences: " + String.join("; ", m.outcomes().stream().map(o -> o.found()
                    ? o.statement() : "“" + o.statement() + "” (no longer an outcome of its priority)").toList())
                    + "."));
        }
        card.add(MeasureText.chart(m.chart().recent(TREND_VALUES), 280, 110));
        List<String> tags = new java.util.ArrayList<>();
        if (m.familyExperience()) {
            tags.add("Family experience");
        }
        if (m.publishable()) {
            tags.add("Published");
        }
        if (m.demo()) {
            tags.add("Demo data, illustrative only");
        }
        tags.add("Owner: " + m.owner());
        card.add(new Paragraph(new Text(String.join(" · ", tags))));
        return card;
    }

    private FlexLayout exports() {
        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = Spreadsheets.xlsx("Measures", HEADERS, rows(measures.dashboard(filter())));
            return new DownloadResponse(new ByteArrayInputStream(bytes), "measures.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length);
        }), "Export to Excel (.xlsx)");
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = Spreadsheets.csv(HEADERS, rows(measures.dashboard(filter())));
            return new DownloadResponse(new ByteArrayInputStream(bytes), "measures.csv", "text/csv", bytes.length);
        }), "Export to CSV");
        xlsx.addClassName("button-link");
        csv.addClassName("button-link");
        FlexLayout bar = new FlexLayout(xlsx, csv);
        bar.addClassName("measure-actions");
        return bar;
    }

    static List<List<String>> rows(List<PriorityMeasures> groups) {
        return groups.stream().flatMap(g -> g.measures().stream().map(m -> List.of(g.label(), m.name(),
                m.latestText(), m.latestPeriod(), m.target(), m.direction().words(), m.verdict().rag().label(),
                m.verdict().why(), m.owner(), yes(m.familyExperience()), yes(m.publishable())))).toList();
    }

    private static String yes(boolean value) {
        return value ? "Yes" : "No";
    }
}
