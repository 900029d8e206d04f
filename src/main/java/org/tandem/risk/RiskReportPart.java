package org.tandem.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.report.ReportBlock;
import org.tandem.report.ReportContext;
import org.tandem.report.ReportPart;
import org.tandem.report.ReportSection;
import org.tandem.shared.TandemProperties;

/**
 * The board report's risk section (order 200): risks escalated to the board first, then new and worsened risks
 * since the last report, failing mitigation, tolerances that lapsed, and the heat map as a picture with its summary in words and as a table
 * in words. The report goes to board members and to extra addresses alike, so confidential risks are left out
 * of it altogether (the section says so); board members see them in Tandem.
 */
@Component
class RiskReportPart implements ReportPart {

    static final int ORDER = ReportPart.RISKS;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final RiskRegister register;
    private final Escalations escalations;
    private final ToleranceDecisions tolerances;
    private final RiskSnapshots snapshots;
    private final Risks risks;
    private final ZoneId zone;

    RiskReportPart(RiskRegister register, Escalations escalations, ToleranceDecisions tolerances,
            RiskSnapshots snapshots, Risks risks, TandemProperties properties) {
        this.register = register;
        this.escalations = escalations;
        this.tolerances = tolerances;
        this.snapshots = snapshots;
        this.risks = risks;
        this.zone = properties.timeZone();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReportSection> sections(ReportContext context) {
        RiskRegister.Rows rows = register.rows();
        ScoringRules rules = rows.rules();
        List<Risk> open = register.visible(rows, RiskFilter.none()).stream().filter(r -> !r.isConfidential())
                .sorted(Comparator.comparingInt((Risk r) -> -r.residual().score()).thenComparing(Risk::getReference))
                .toList();
        long confidential = risks.count((root, query, cb) -> cb.and(cb.equal(root.get("status"), RiskStatus.OPEN),
                cb.isTrue(root.get("confidential"))));
        Map<Long, RiskRow> byId = open.stream().map(rows::row).collect(Collectors.toMap(RiskRow::id,
                Function.identity()));
        List<RiskSnapshot> previous = snapshots.latest();
        Map<Long, RiskSnapshot> before = previous.stream().collect(Collectors.toMap(RiskSnapshot::getRiskId,
                Function.identity(), (a, b) -> a));
        Instant since = previous.isEmpty() ? context.halfTerm().start().atStartOfDay(zone).toInstant()
                : previous.getFirst().getTakenAt();
        Set<Long> escalatedNow = new HashSet<>(escalations.escalatedToBoardSince(since));

        List<ReportBlock> blocks = new ArrayList<>();
        long escalatedCount = open.stream().filter(r -> r.getLevel() == Level.BOARD).count();
        blocks.add(new ReportBlock.Paragraph(open.size() + (open.size() == 1 ? " open risk, " : " open risks, ")
                + escalatedCount + " escalated to the board (residual score " + rules.boardThreshold()
                + " or more, or escalated by the board)." + (confidential == 0 ? ""
                : " Confidential risks are not listed in this report; board members see them in Tandem.")));

        List<List<String>> escalated = open.stream().filter(r -> r.getLevel() == Level.BOARD)
                .map(r -> line(byId.get(r.getId()), before.get(r.getId()), escalatedNow.contains(r.getId())))
                .toList();
        blocks.add(table("Escalated to the board", List.of("Risk", "Owner", "Residual score", "Trend",
                "Since the last report", "Mitigation"), escalated, "No risk is escalated to the board."));

        List<List<String>> changed = open.stream().filter(r -> !before.containsKey(r.getId())
                || r.residual().score() > before.get(r.getId()).residual().score())
                .map(r -> line(byId.get(r.getId()), before.get(r.getId()), escalatedNow.contains(r.getId())))
                .toList();
        blocks.add(table("New and worsened since the last report", List.of("Risk", "Owner", "Residual score",
                "Trend", "Since the last report", "Mitigation"), changed, "No risk is new or worse."));

        List<List<String>> failing = open.stream().map(r -> byId.get(r.getId()))
                .filter(row -> row.mitigationFailing() != null)
                .map(row -> List.of(row.reference() + " " + row.title(), row.owner(), row.scoreAndBand(),
                        row.mitigationFailing())).toList();
        blocks.add(table("Mitigation failing", List.of("Risk", "Owner", "Residual score", "Why"), failing,
                "No risk's mitigation is failing."));

        Set<Long> shown = byId.keySet();
        List<List<String>> lapsed = tolerances.lapsedSince(since).stream().filter(t -> shown.contains(t.getRiskId()))
                .map(t -> {
                    ToleranceInfo info = t.info();
                    RiskRow row = byId.get(t.getRiskId());
                    return List.of(row.reference() + " " + row.title(), info.acceptedBy(), DAY.format(
                            LocalDate.ofInstant(info.lapsedAt(), zone)), String.valueOf(info.lapseReason()));
                }).toList();
        blocks.add(table("Tolerances lapsed", List.of("Risk", "Accepted by", "Lapsed on", "Why"), lapsed,
                "No tolerance lapsed."));

        int[][] counts = new int[5][5];
        open.forEach(r -> counts[r.residual().likelihood() - 1][r.residual().impact() - 1]++);
        HeatMap map = new HeatMap(Basis.RESIDUAL, rules.likelihoodLabels(), rules.impactLabels(), counts, rules);
        // The picture for the eye, its summary in words as its alternative, and the grid as a table for everyone.
        blocks.add(new ReportBlock.Image("Heat map of residual scores", HeatMapPicture.png(map),
                "Heat map of residual scores: " + map.summary()));
        blocks.add(heatMapTable(map));
        return List.of(new ReportSection("risks", ORDER, "Risks", blocks, Map.of("risks.open", (long) open.size(),
                "risks.escalated", escalatedCount)));
    }

    private static List<String> line(RiskRow row, RiskSnapshot before, boolean escalatedSince) {
        String change = before == null ? "New" : before.residual().score() == row.score() ? "No change"
                : "From " + before.residual().score() + " to " + row.score();
        if (escalatedSince) {
            change += "; escalated since the last report";
        }
        return List.of(row.reference() + " " + row.title(), row.owner(), row.scoreAndBand(), row.trend().label(),
                change, row.mitigationFailing() == null ? "On track" : row.mitigationFailing());
    }

    private static ReportBlock table(String caption, List<String> headers, List<List<String>> rows, String none) {
        return rows.isEmpty() ? new ReportBlock.Paragraph(caption + ": " + none)
                : new ReportBlock.Table(caption, headers, rows, -1);
    }

    private static ReportBlock heatMapTable(HeatMap map) {
        List<String> headers = new ArrayList<>(List.of("Likelihood \\ impact"));
        for (int impact = 1; impact <= 5; impact++) {
            headers.add(impact + " " + map.impactLabels().get(impact - 1));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int likelihood = 5; likelihood >= 1; likelihood--) {
            List<String> row = new ArrayList<>(List.of(likelihood + " " + map.likelihoodLabels().get(likelihood - 1)));
            for (int impact = 1; impact <= 5; impact++) {
                HeatMap.Cell cell = map.cell(likelihood, impact);
                row.add(cell.count() + " (" + cell.bandWord() + ", " + cell.score() + ")");
            }
            rows.add(row);
        }
        return new ReportBlock.Table("Open risks by residual likelihood and impact: count (band, score)", headers,
                rows, -1);
    }
}
