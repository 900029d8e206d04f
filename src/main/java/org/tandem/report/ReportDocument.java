package org.tandem.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A report before it is rendered: what every format is written from, and what the archive keeps as its data. */
public record ReportDocument(String title, long halfTermId, String halfTerm, String dates, LocalDate asAt,
        Instant producedAt, List<ReportSection> sections) {

    public ReportDocument {
        sections = List.copyOf(sections);
    }

    /** Every section's figures, for the next report to compare with. */
    public Map<String, Long> figures() {
        Map<String, Long> all = new HashMap<>();
        sections.forEach(section -> all.putAll(section.figures()));
        return all;
    }
}
