package org.tandem.report;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tandem.glossary.FirstUse;
import org.tandem.report.ReportBlock.Paragraph;
import org.tandem.report.ReportBlock.RagChart;
import org.tandem.report.ReportBlock.Subheading;
import org.tandem.report.ReportBlock.Table;

/** The plain-text part of the report e-mail, for mail programs that show no HTML. */
final class ReportText {

    private ReportText() {
    }

    static String of(ReportDocument document, @Nullable String link) {
        StringBuilder text = new StringBuilder();
        text.append(document.title()).append("\n").append("Half-term: ").append(document.dates()).append("\n");
        if (link != null) {
            text.append("Read it in the workspace: ").append(link).append("\n");
        }
        text.append("The full report is attached as a PDF.\n");
        FirstUse words = new FirstUse();
        for (ReportSection section : document.sections()) {
            text.append("\n").append(section.heading().toUpperCase(java.util.Locale.UK)).append("\n");
            for (ReportBlock block : section.blocks()) {
                switch (block) {
                    case Paragraph paragraph -> text.append(words.plain(paragraph.text())).append("\n");
                    case Subheading subheading -> text.append("\n").append(subheading.text())
                            .append(subheading.rag() == null ? "" : " (" + subheading.rag().label() + ")")
                            .append("\n");
                    case Table table -> table(text, table);
                    case RagChart chart -> text.append(RagChartPainter.alternativeText(chart)).append("\n");
                    case ReportBlock.Image image -> text.append(image.alternative()).append("\n");
                }
            }
        }
        return text.toString();
    }

    private static void table(StringBuilder text, Table table) {
        text.append(table.caption()).append(":\n");
        for (List<String> row : table.rows()) {
            text.append("- ");
            for (int i = 0; i < row.size(); i++) {
                if (row.get(i).isBlank()) {
                    continue;
                }
                text.append(i == 0 ? "" : "; ").append(i == 0 ? "" : table.headers().get(i) + ": ").append(row.get(i));
            }
            text.append("\n");
        }
    }
}
