package org.tandem.sef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.report.ReportBlock;
import org.tandem.report.ReportContext;
import org.tandem.report.ReportPart;
import org.tandem.report.ReportSection;

/**
 * The board report's self-evaluation section (the edition of the year reported on): its standing, the judgements changed since the
 * last report (it remembers the day it was taken as a figure, so the next report knows where to start), and
 * the gap view's headline. No evidence is named, so nothing marked as personal data can reach the report.
 */
@Component
class SefReportPart implements ReportPart {

    static final String AS_AT = "sef.asAt";
    static final String WITH_GAPS = "sef.criteriaWithGaps";

    private final Editions editions;
    private final Evaluations evaluations;
    private final SefRows rows;

    SefReportPart(Editions editions, Evaluations evaluations, SefRows rows) {
        this.editions = editions;
        this.evaluations = evaluations;
        this.rows = rows;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReportSection> sections(ReportContext context) {
        Edition edition = SefRows.current(editions.newestFirst(), context.asAt()).orElse(null);
        if (edition == null) {
            return List.of();
        }
        List<CriterionRow> criteria = rows.rows(edition, context.asAt());
        GapHeadline gaps = SefRows.headline(criteria);
        Map<String, Long> counts = criteria.stream().collect(Collectors.groupingBy(CriterionRow::judgementInWords,
                Collectors.counting()));
        List<String> standing = new ArrayList<>();
        for (String grade : edition.scale()) {
            standing.add(counts.getOrDefault(grade, 0L) + " " + grade.toLowerCase(java.util.Locale.UK));
        }
        long unjudged = counts.getOrDefault("Not yet judged", 0L);
        if (unjudged > 0) {
            standing.add(unjudged + " not yet judged");
        }
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Paragraph(edition.name() + " on the " + edition.getTemplate().getName() + ": "
                + summaryOf(edition) + ". " + Counted.of(criteria.size(), "criterion", "criteria") + ": " + String.join(", ", standing) + "."));

        Long before = context.previousFigures().get(AS_AT);
        LocalDate since = before == null ? context.halfTerm().start() : LocalDate.ofEpochDay(before);
        List<List<String>> changed = evaluations.ofEdition(edition.getId()).stream()
                .filter(v -> v.getJudgedOn() != null && v.getJudgedOn().isAfter(since)
                        && v.getPreviousJudgement() != null)
                .map(v -> List.of(v.getCriterion().getTitle(), v.getPreviousJudgement(), v.getJudgement() == null
                        ? "Not judged" : v.getJudgement(), SefService.change(edition.scale(), false,
                        v.getPreviousJudgement(), v.getJudgement())))
                .toList();
        String caption = "Judgements changed since " + (before == null ? "the start of the half-term"
                : "the last report");
        blocks.add(changed.isEmpty() ? new ReportBlock.Paragraph(caption + ": none.")
                : new ReportBlock.Table(caption, List.of("Criterion", "Was", "Now", "Change"), changed, -1));
        blocks.add(new ReportBlock.Paragraph("Gaps: " + gaps.inWords()));
        long withGaps = criteria.stream().filter(CriterionRow::hasGaps).count();
        return List.of(new ReportSection("self-evaluation", ReportPart.SELF_EVALUATION, "Self-evaluation", blocks,
                Map.of(AS_AT, context.asAt().toEpochDay(), WITH_GAPS, withGaps)));
    }

    private static String summaryOf(Edition edition) {
        return switch (edition.getStatus()) {
            case DRAFT -> "in draft";
            case SUBMITTED -> "submitted to the board";
            case APPROVED -> "approved by the board on " + org.tandem.shared.BritishDates.LONG.format(
                    edition.getApprovedOn()) + " (minute " + edition.getMinuteReference() + ")";
        };
    }
}
