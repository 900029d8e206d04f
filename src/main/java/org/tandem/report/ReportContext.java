package org.tandem.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.tandem.calendar.HalfTermInfo;

/**
 * What a part needs to write its section: the half-term reported on, the day the figures are taken ("as at"),
 * the figures of the previous issued report (empty when there is none) and whether names may be shown where a
 * section would otherwise give counts only.
 */
public record ReportContext(HalfTermInfo halfTerm, LocalDate asAt, Instant producedAt,
        Map<String, Long> previousFigures, boolean namesInCompliance) {

    /** The change since the previous report, in words: "up 3", "down 1", "no change" or "" when unknown. */
    public String change(String figure, long now) {
        Long before = previousFigures.get(figure);
        if (before == null) {
            // An empty cell reads as a fault; say why there is nothing to compare with.
            return previousFigures.isEmpty() ? "first report" : "not counted last time";
        }
        long difference = now - before;
        return difference == 0 ? "no change" : difference > 0 ? "up " + difference : "down " + (-difference);
    }
}
