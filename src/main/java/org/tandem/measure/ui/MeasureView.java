package org.tandem.measure.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import org.tandem.measure.BenchmarkLine;
import org.tandem.measure.MeasureDetails;
import org.tandem.measure.MeasureRetirement;
import org.tandem.measure.MeasureService;
import org.tandem.measure.MeasureSummary;
import org.tandem.shared.BritishDates;
import org.tandem.shared.TandemProperties;
import org.tandem.shared.ValidationProblem;
import org.tandem.shared.ui.HistoryPanel;

/**
 * A measure's page: what it is and where it stands, why it is its colour, its chart (values, trajectory to the
 * target, interim targets, benchmarks) and the same figures as tables.
 */
@Route("measures/:id")
@PageTitle("Measure | Tandem")
@PermitAll
@StyleSheet("styles/measures.css")
public class MeasureView extends Main implements BeforeEnterObserver {

    private final MeasureService measures;
    private final MeasureEditing editing;
    private final MeasureRetirement retirement;
    private final java.time.ZoneId zone;
    private long measureId;

    public MeasureView(MeasureService measures, MeasureEditing editing, MeasureRetirement retirement,
            TandemProperties properties) {
        this.measures = measures;
        this.editing = editing;
        this.retirement = retirement;
        this.zone = properties.timeZone();
        addClassNames("page", "measures-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            measureId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show();
        } catch (NumberFormatException | ValidationProblem e) {
            event.forwardTo(MeasureDashboardView.class);
        }
    }

    void show() {
        removeAll();
        MeasureDetails details = measures.details(measureId);
        MeasureSummary m = details.summary();
        add(new RouterLink("← Measures of success", MeasureDashboardView.class));
        add(new H1(m.name()));
        if (details.retiredOn() != null) {
            add(new Paragraph("Retired on " + BritishDates.LONG.format(details.retiredOn()) + ": it is kept with "
                    + "its values and history, but is off the dashboard, the entry screen, the reminders and the "
                    + "report."));
        }
        add(MeasureText.rag(m.verdict()));
        FlexLayout actions = new FlexLayout();
        actions.addClassName("measure-actions");
        if (details.mayEnter()) {
            actions.add(new RouterLink("Enter this period's value", MeasureEntryView.class));
        }
        if (m.mayEdit()) {
            actions.add(new Button("Edit", event -> editing.edit(measureId, id -> show())));
        }
        RetireButtons.of(details, retirement, this::show, () -> getUI().ifPresent(ui ->
                ui.navigate(MeasureDashboardView.class))).forEach(actions::add);
        add(actions);
        if (m.demo()) {
            add(new Paragraph("Demo data: these figures are illustrative, not real."));
        }
        java.util.Map<String, String> facts = new java.util.LinkedHashMap<>();
        facts.put("Definition", details.definition());
        facts.put("Unit", m.unit().label());
        facts.put("Which way is better", m.polarity().label());
        facts.put("Counted", m.frequency().label());
        facts.put("Data source", details.dataSource().isBlank() ? "Not given" : details.dataSource());
        facts.put("Owner", m.owner());
        facts.put("Outcomes it evidences", m.outcomes().isEmpty() ? "None linked"
                : String.join(" ", m.outcomes().stream().map(o -> o.words().endsWith(".") ? o.words()
                        : o.words() + ".").toList()));
        facts.put("Baseline", details.baseline());
        facts.put("Target", m.target());
        facts.put("Interim targets", details.interimTargets().isEmpty() ? "None"
                : String.join("; ", details.interimTargets()));
        facts.put("Latest", m.latestText() + (m.latestPeriod().isEmpty() ? "" : " (" + m.latestPeriod() + ")"));
        facts.put("Direction of travel", m.direction().words());
        facts.put("Shown to the public", m.publishable() ? "Yes, on the progress page" : "No, internal");
        java.util.Map<DescriptionList.Term, DescriptionList.Description> list = new java.util.LinkedHashMap<>();
        facts.forEach((term, value) -> list.put(new DescriptionList.Term(term),
                new DescriptionList.Description(value)));
        add(new DescriptionList(list));

        Section chart = new Section(new H2("Chart"), MeasureText.chart(m.chart(), 720, 360),
                new Paragraph("The same figures are in the tables below."));
        add(chart);
        add(new Section(new H2("Values"), MeasureText.table("Values of " + m.name() + ", oldest first",
                List.of("Period", "Value", "Base", "Status", "Note", "Entered by", "Entered"),
                details.values().stream().map(v -> List.of(v.periodLabel(), v.text(), v.base(), v.status(), v.note(),
                        v.enteredBy(), BritishDates.SHORT_TIME.format(v.enteredAt().atZone(
                                java.time.ZoneId.of("Europe/London"))))).toList())));
        if (details.values().stream().anyMatch(v -> v.smallBase())) {
            add(new Paragraph("Small numbers: a value counting fewer than " + details.smallNumberBase()
                    + " is shown but not rated, as one more or fewer would change it a lot."));
        }
        add(new Section(new H2("Benchmarks"), details.benchmarks().isEmpty()
                ? new Paragraph("No benchmarks yet. An admin imports them from the government's open data.")
                : MeasureText.table("Benchmarks of " + m.name(), List.of("School year", "Ours", "England",
                        "Region", "Statistical neighbours", "Source"), details.benchmarks().stream()
                        .map(MeasureView::row).toList())));
        HistoryPanel history = new HistoryPanel(zone);
        history.setEntries(measures.history(measureId));
        add(new Section(new H2("History of changes"), history));
    }

    private static List<String> row(BenchmarkLine b) {
        return List.of(b.yearLabel(), shown(b.own()), shown(b.england()), shown(b.region()), shown(b.neighbours()),
                b.source());
    }

    private static String shown(String value) {
        return Objects.requireNonNullElse(value, "Not published");
    }
}
