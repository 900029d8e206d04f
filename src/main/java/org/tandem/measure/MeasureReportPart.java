package org.tandem.measure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.report.ReportBlock;
import org.tandem.report.ReportContext;
import org.tandem.report.ReportPart;
import org.tandem.report.ReportSection;
import org.tandem.shared.Rag;

/**
 * The board report's measures of success (order 350): every measure with its latest value, target, direction
 * and RAG in words, those off their trajectory first, then for each measure off track or at risk its chart (a
 * PNG drawn by {@link MeasureCharts}) and its values as a table.
 */
@Component
class MeasureReportPart implements ReportPart {

    static final int MAX_CHARTS = 15;
    private static final List<Rag> URGENCY = List.of(Rag.RED, Rag.AMBER, Rag.GREY, Rag.GREEN, Rag.BLUE);

    private final Measures measures;
    private final MeasureReading reading;

    MeasureReportPart(Measures measures, MeasureReading reading) {
        this.measures = measures;
        this.reading = reading;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReportSection> sections(ReportContext context) {
        List<Measure> all = measures.ordered();
        if (all.isEmpty()) {
            return List.of();
        }
        MeasureReading.Loaded loaded = reading.load(all);
        Map<Long, Measure> byId = all.stream().collect(Collectors.toMap(Measure::getId, Function.identity()));
        List<MeasureSummary> rows = reading.summaries(loaded, m -> true).stream()
                .sorted(Comparator.comparingInt((MeasureSummary s) -> URGENCY.indexOf(s.verdict().rag()))
                        .thenComparing(MeasureSummary::name)).toList();
        Map<Rag, Long> counts = rows.stream().collect(Collectors.groupingBy(s -> s.verdict().rag(),
                Collectors.counting()));
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Paragraph(rows.size() + (rows.size() == 1 ? " measure: " : " measures: ")
                + URGENCY.stream().filter(counts::containsKey).map(rag -> counts.get(rag) + " "
                        + rag.meaning().toLowerCase()).collect(Collectors.joining(", ")) + ". "
                + "Off trajectory first. A value on a small base is shown but not rated."));
        blocks.add(new ReportBlock.Table("Measures of success", List.of("Measure", "Latest", "Period", "Target",
                "Direction", "RAG", "Why"), rows.stream().map(s -> List.of(s.name(), s.latestText(),
                        s.latestPeriod(), s.target(), s.direction().words(), s.verdict().rag().label() + " ("
                                + s.verdict().rag().meaning().toLowerCase() + ")", s.verdict().why())).toList(), 5));
        rows.stream().filter(s -> s.verdict().rag() == Rag.RED || s.verdict().rag() == Rag.AMBER).limit(MAX_CHARTS)
                .forEach(s -> {
                    blocks.add(new ReportBlock.Subheading(s.name(), s.verdict().rag()));
                    blocks.add(new ReportBlock.Paragraph(s.verdict().why()));
                    blocks.add(new ReportBlock.Image("Chart of " + s.name(), MeasureCharts.png(s.chart(), 640, 320),
                            s.chart().alternativeText()));
                    Measure measure = byId.get(s.id());
                    List<List<String>> lines = loaded.valuesOf(measure).stream().map(v -> MeasureReading.line(
                            measure, v, loaded.smallBase())).map(v -> List.of(v.periodLabel(), v.text(), v.base(),
                                    v.status())).toList();
                    blocks.add(new ReportBlock.Table("Values of " + s.name(), List.of("Period", "Value", "Base",
                            "Status"), lines.subList(Math.max(0, lines.size() - 8), lines.size()), -1));
                });
        Map<String, Long> figures = Map.of("measures.offTrack", counts.getOrDefault(Rag.RED, 0L),
                "measures.atRisk", counts.getOrDefault(Rag.AMBER, 0L), "measures.onTrack",
                counts.getOrDefault(Rag.GREEN, 0L));
        return List.of(new ReportSection("measures", ReportPart.MEASURES, "Measures of success", blocks, figures));
    }
}
