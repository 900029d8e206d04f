package org.tandem.report;

import java.util.List;
import java.util.Map;

/**
 * One section of the report: a heading, its blocks in reading order, and the figures it wants remembered so that
 * the next report can say what changed (kept in the archived data).
 */
public record ReportSection(String key, int order, String heading, List<ReportBlock> blocks,
        Map<String, Long> figures) {

    public ReportSection {
        blocks = List.copyOf(blocks);
        figures = Map.copyOf(figures);
    }
}
