package org.tandem.report;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tandem.shared.Rag;

/**
 * The few shapes a section is made of. Rendering them is the report module's job, so that the e-mail, the PDF
 * and the page agree and every text is escaped in one place.
 */
public sealed interface ReportBlock {

    /** A paragraph of plain text. */
    record Paragraph(String text) implements ReportBlock {
    }

    /** A sub-heading inside a section (a priority's name, say). */
    record Subheading(String text, @Nullable Rag rag) implements ReportBlock {
    }

    /**
     * A table with a caption and column headers. When {@code ragColumn} is 0 or more, that column holds a RAG
     * label and is coloured (with the word always shown too).
     */
    record Table(String caption, List<String> headers, List<List<String>> rows, int ragColumn) implements ReportBlock {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * Stacked RAG bars, one per label (actions by RAG per priority, say). Drawn as an image on the server; its
     * alternative text is written from the same figures, and a table with them follows it.
     */
    record RagChart(String caption, List<RagBar> bars) implements ReportBlock {
        public RagChart {
            bars = List.copyOf(bars);
        }
    }

    /**
     * A picture a module drew (a measure's chart, say), as a PNG with its alternative text. The e-mail carries it
     * inline and the PDF and page embed it; the part that adds it follows it with a table of the same figures.
     */
    record Image(String caption, byte[] png, String alternative) implements ReportBlock {
    }

    record RagBar(String label, Map<Rag, Long> counts) {
        public RagBar {
            counts = Map.copyOf(counts);
        }

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
