package org.tandem.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.tandem.glossary.Glossary;
import org.tandem.glossary.Term;
import org.tandem.report.ReportBlock.Image;
import org.tandem.report.ReportBlock.Paragraph;
import org.tandem.report.ReportBlock.RagChart;
import org.tandem.report.ReportBlock.Subheading;
import org.tandem.report.ReportBlock.Table;

/**
 * The report's last section: the words it uses, in plain English. It lists only the terms that appear in this
 * report (RAG always, since every report rates), so that a parent on the board is not handed a dictionary.
 */
final class GlossarySection {

    static final String KEY = "glossary";

    private GlossarySection() {
    }

    static ReportSection of(List<ReportSection> sections) {
        String text = textOf(sections);
        List<List<String>> rows = new ArrayList<>();
        for (Term term : Glossary.terms()) {
            if (appears(term, text) || "RAG".equals(term.shortForm())) {
                rows.add(List.of(term.isAbbreviation() ? term.name() + " (" + term.longForm() + ")" : term.name(),
                        term.meaning()));
            }
        }
        return new ReportSection(KEY, ReportPart.GLOSSARY, "Words we use", List.of(
                new Paragraph("The words and abbreviations in this report, in plain English. The same list is "
                        + "on the workspace's public page \"Words we use\"."),
                new Table("Words in this report and what they mean", List.of("Word", "What it means"), rows, -1)),
                Map.of());
    }

    private static boolean appears(Term term, String text) {
        if (term.isAbbreviation()) {
            return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term.shortForm()) + "(?![\\p{L}\\p{N}])")
                    .matcher(text).find();
        }
        return text.toLowerCase(Locale.UK).contains(term.name().toLowerCase(Locale.UK));
    }

    private static String textOf(List<ReportSection> sections) {
        StringBuilder text = new StringBuilder();
        for (ReportSection section : sections) {
            text.append(section.heading()).append('\n');
            for (ReportBlock block : section.blocks()) {
                switch (block) {
                    case Paragraph paragraph -> text.append(paragraph.text());
                    case Subheading subheading -> text.append(subheading.text());
                    case Table table -> {
                        text.append(table.caption()).append(String.join(" ", table.headers()));
                        table.rows().forEach(row -> text.append(String.join(" ", row)).append('\n'));
                    }
                    case RagChart chart -> text.append(chart.caption());
                    case Image image -> text.append(image.caption()).append(' ').append(image.alternative());
                }
                text.append('\n');
            }
        }
        return text.toString();
    }
}
