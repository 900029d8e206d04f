package org.tandem.measure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tandem.action.ActionPlanService;
import org.tandem.action.PriorityCard;
import org.tandem.calendar.CalendarService;
import org.tandem.calendar.HalfTermInfo;
import org.tandem.people.Anyone;
import org.tandem.report.ReportIssued;
import org.tandem.shared.Rag;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public progress page, for everyone with no sign-in. It shows what the last issued board report saw, not
 * the live figures: when a report is issued, the priorities' RAG and the publishable measures are kept with it
 * (in the issuing transaction, so both or neither are kept), and the page reads the latest of those. The page
 * and its charts are cached; a new snapshot (or a minute passing, for other instances) refreshes them.
 */
@Service
public class PublicProgress {

    static final Duration FRESH = Duration.ofMinutes(1);

    private final PublicSnapshots snapshots;
    private final Measures measures;
    private final MeasureReading reading;
    private final ActionPlanService plan;
    private final CalendarService calendar;
    private final JsonMapper json;
    private final Clock clock;
    private volatile @Nullable Cached cached;

    PublicProgress(PublicSnapshots snapshots, Measures measures, MeasureReading reading, ActionPlanService plan,
            CalendarService calendar, JsonMapper json, Clock clock) {
        this.snapshots = snapshots;
        this.measures = measures;
        this.reading = reading;
        this.plan = plan;
        this.calendar = calendar;
        this.json = json;
        this.clock = clock;
    }

    private record Cached(Optional<ProgressPage> page, String feed, Instant loadedAt,
            Map<String, byte[]> charts) {
    }

    /** The page as of the last issued report; empty before the first. */
    @Anyone
    public Optional<ProgressPage> page() {
        return current().page();
    }

    /** The same as JSON, with markup characters escaped so that a feed pasted into a page cannot run script. */
    @Anyone
    public String feed() {
        return current().feed();
    }

    /** A measure's chart on the public page, as SVG, drawn once per snapshot. */
    @Anyone
    public byte[] chart(int priority, int measure) {
        Cached now = current();
        return now.charts().computeIfAbsent(priority + "/" + measure, key -> now.page()
                .filter(p -> priority >= 0 && priority < p.priorities().size())
                .map(p -> p.priorities().get(priority).measures())
                .filter(list -> measure >= 0 && measure < list.size())
                .map(list -> MeasureCharts.svg(list.get(measure).chart(), 720, 360)).orElse(new byte[0]));
    }

    /** Cached calls touch no database and open no transaction; a refresh reads the latest snapshot. */
    private Cached current() {
        Cached now = cached;
        if (now == null || now.loadedAt().plus(FRESH).isBefore(clock.instant())) {
            Optional<ProgressPage> page = snapshots.findFirstByOrderByTakenAtDescIdDesc()
                    .map(s -> json.readValue(s.getContent(), ProgressPage.class));
            String feed = escape(page.map(json::writeValueAsString).orElse("{\"priorities\":[]}"));
            now = new Cached(page, feed, clock.instant(), new ConcurrentHashMap<>());
            cached = now;
        }
        return now;
    }

    /** Keeps the page with the report being issued. */
    @EventListener
    void keep(ReportIssued issued) {
        if (snapshots.existsByReportId(issued.reportId())) {
            return;
        }
        snapshots.save(new PublicSnapshot(issued.reportId(), issued.halfTermId(), issued.producedAt(),
                json.writeValueAsString(take(issued))));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void forget(ReportIssued issued) {
        cached = null;
    }

    private ProgressPage take(ReportIssued issued) {
        String halfTerm = calendar.halfTerm(issued.halfTermId()).map(HalfTermInfo::label).orElse("");
        List<Measure> published = measures.ordered().stream().filter(Measure::isPublishable).toList();
        MeasureReading.Loaded loaded = reading.load(published);
        List<MeasureSummary> summaries = reading.summaries(loaded, m -> true);
        List<ProgressPage.PublicPriority> priorities = new ArrayList<>();
        List<PriorityCard> cards = plan.overview();
        for (PriorityCard card : cards) {
            List<ProgressPage.PublicMeasure> theirs = summaries.stream()
                    .filter(s -> s.priorityIds().contains(card.priority().id()))
                    .map(s -> publicMeasure(loaded, s)).toList();
            priorities.add(new ProgressPage.PublicPriority(card.priority().label(), card.rag(), card.reason(),
                    theirs));
        }
        java.util.Set<Long> current = new java.util.HashSet<>();
        cards.forEach(card -> current.add(card.priority().id()));
        List<ProgressPage.PublicMeasure> others = summaries.stream()
                .filter(s -> s.priorityIds().stream().noneMatch(current::contains))
                .map(s -> publicMeasure(loaded, s)).toList();
        if (!others.isEmpty()) {
            priorities.add(new ProgressPage.PublicPriority("Other measures", Rag.GREY,
                    "These measures are not linked to one of the current priorities.", others));
        }
        return new ProgressPage(halfTerm, issued.producedAt(), priorities);
    }

    private static ProgressPage.PublicMeasure publicMeasure(MeasureReading.Loaded loaded, MeasureSummary s) {
        Measure measure = loaded.measures().stream().filter(m -> m.getId() == s.id()).findFirst().orElseThrow();
        List<MeasureValue> shown = loaded.valuesOf(measure).stream().filter(v -> !v.smallBase(loaded.smallBase()))
                .toList();
        List<ProgressPage.PublicValue> values = loaded.valuesOf(measure).stream().map(v -> {
            ValueLine line = MeasureReading.line(measure, v, loaded.smallBase());
            return new ProgressPage.PublicValue(line.periodLabel(), line.smallBase() ? "Not shown (small numbers)"
                    : line.text(), line.validated() ? "Validated" : "Provisional");
        }).toList();
        ChartData chart = s.chart();
        ChartData publicChart = new ChartData(chart.title(), chart.unit(), shown.stream().map(v ->
                new Trajectory.Point(measure.getFrequency().end(v.getPeriod()), v.getAmount())).toList(),
                chart.trajectory(), chart.interims(), chart.england(), chart.region(), chart.neighbours());
        List<MeasureValue> all = loaded.valuesOf(measure);
        boolean latestSmall = !all.isEmpty() && all.getLast().smallBase(loaded.smallBase());
        Rag rag = s.verdict().rag();
        return new ProgressPage.PublicMeasure(s.name(), measure.getDefinition(),
                latestSmall ? "Not shown (small numbers)" : s.latestText(),
                s.latestPeriod(), s.target(), s.direction().words(), rag, s.verdict().why(),
                s.familyExperience(), values, publicChart);
    }

    static String escape(String text) {
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
