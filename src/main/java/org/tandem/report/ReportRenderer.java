package org.tandem.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.tandem.report.ReportBlock.Paragraph;
import org.tandem.report.ReportBlock.RagBar;
import org.tandem.report.ReportBlock.Image;
import org.tandem.report.ReportBlock.RagChart;
import org.tandem.report.ReportBlock.Subheading;
import org.tandem.report.ReportBlock.Table;
import org.tandem.glossary.FirstUse;
import org.tandem.glossary.FirstUse.Piece;
import org.tandem.shared.Rag;

/**
 * Turns a {@link ReportDocument} into its formats from one template, which escapes every text: the page (charts
 * inline), the HTML e-mail (charts as attached images) with its plain-text part, and a tagged PDF (PDF/UA) with
 * embedded fonts, title, language, headings, table headers and alternative text for the charts.
 */
@Component
class ReportRenderer {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    private final TemplateEngine templates = new TemplateEngine();

    ReportRenderer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("report/templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        templates.setTemplateResolver(resolver);
    }

    /** Every format of one report; the charts are drawn once and shared by all of them. */
    Rendered render(ReportDocument document, @Nullable String link) {
        List<Chart> charts = charts(document);
        // One page serves the screen and the PDF: browsers ignore its print rules, the PDF follows them.
        String page = html(document, "pdf", charts, chart -> dataUri(chart.png()), null);
        String emailHtml = html(document, "email", charts, chart -> "cid:" + chart.contentId(), link);
        return new Rendered(page, emailHtml, ReportText.of(document, link), pdf(page), charts);
    }

    /** The page on its own (previews): no PDF is made. */
    String page(ReportDocument document) {
        List<Chart> charts = charts(document);
        return html(document, "page", charts, chart -> dataUri(chart.png()), null);
    }

    private static List<Chart> charts(ReportDocument document) {
        List<Chart> charts = new ArrayList<>();
        for (ReportSection section : document.sections()) {
            for (ReportBlock block : section.blocks()) {
                if (block instanceof RagChart chart) {
                    charts.add(new Chart("chart-" + charts.size() + "@tandem", RagChartPainter.png(chart),
                            RagChartPainter.alternativeText(chart)));
                } else if (block instanceof Image image) {
                    charts.add(new Chart("chart-" + charts.size() + "@tandem", image.png(), image.alternative()));
                }
            }
        }
        return charts;
    }

    private String html(ReportDocument document, String mode, List<Chart> charts, Function<Chart, String> source,
            @Nullable String link) {
        Context context = new Context(Locale.UK);
        context.setVariable("doc", document);
        context.setVariable("mode", mode);
        context.setVariable("link", link);
        context.setVariable("asAt", DAY.format(document.asAt()));
        context.setVariable("producedAt", MOMENT.format(document.producedAt().atZone(LONDON)));
        context.setVariable("sections", sections(document, charts, source));
        return templates.process("report", context);
    }

    private static List<SectionView> sections(ReportDocument document, List<Chart> charts,
            Function<Chart, String> source) {
        List<SectionView> views = new ArrayList<>();
        int chartIndex = 0;
        // Each format is its own document, so each spells an abbreviation out on its own first use.
        FirstUse words = new FirstUse();
        for (ReportSection section : document.sections()) {
            List<BlockView> blocks = new ArrayList<>();
            for (ReportBlock block : section.blocks()) {
                switch (block) {
                    case Paragraph paragraph -> blocks.add(BlockView.text("paragraph", paragraph.text(), null,
                            words.pieces(paragraph.text())));
                    case Subheading subheading -> blocks.add(BlockView.text("subheading", subheading.text(),
                            subheading.rag(), FirstUse.marked(subheading.text())));
                    case Table table -> blocks.add(BlockView.table(table, words));
                    case RagChart chart -> {
                        Chart drawn = charts.get(chartIndex++);
                        blocks.add(BlockView.chart(chart.caption(), source.apply(drawn), drawn.alternative()));
                        blocks.add(BlockView.table(figures(chart), words));
                    }
                    case Image image -> {
                        Chart drawn = charts.get(chartIndex++);
                        blocks.add(BlockView.chart(image.caption(), source.apply(drawn), drawn.alternative()));
                    }
                }
            }
            views.add(new SectionView(section.heading(), FirstUse.marked(section.heading()), blocks));
        }
        return views;
    }

    /** The chart's figures as a table, so that nobody depends on the picture. */
    private static Table figures(RagChart chart) {
        List<String> headers = new ArrayList<>(List.of(""));
        RagChartPainter.ORDER.forEach(rag -> headers.add(rag.label()));
        headers.set(0, "Priority");
        List<List<String>> rows = new ArrayList<>();
        for (RagBar bar : chart.bars()) {
            List<String> row = new ArrayList<>(List.of(bar.label()));
            RagChartPainter.ORDER.forEach(rag -> row.add(Long.toString(bar.counts().getOrDefault(rag, 0L))));
            rows.add(row);
        }
        return new Table("The figures in the chart", headers, rows, -1);
    }

    private static byte[] pdf(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> font("DejaVuSans.ttf"), "DejaVu Sans", 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, FontStyle.NORMAL, true);
            builder.withProducer("Tandem");
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The report's PDF could not be made", e);
        }
        return out.toByteArray();
    }

    private static java.io.InputStream font(String name) {
        java.io.InputStream in = ReportRenderer.class.getResourceAsStream("/report/fonts/" + name);
        if (in == null) {
            throw new IllegalStateException("The report font " + name + " is missing from the application");
        }
        return in;
    }

    private static String dataUri(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    /** A chart drawn once: its image, the id e-mails refer to it by, and its alternative text. */
    record Chart(String contentId, byte[] png, String alternative) {
    }

    /** All formats of one report. */
    record Rendered(String page, String emailHtml, String emailText, byte[] pdf, List<Chart> charts) {
    }

    record SectionView(String heading, List<Piece> headingWords, List<BlockView> blocks) {
    }

    record CellView(String text, List<Piece> words, @Nullable String background, @Nullable String colour) {
    }

    /** One block as the template reads it (Thymeleaf cannot switch on a record's type by itself). */
    record BlockView(String kind, @Nullable String text, List<Piece> words, @Nullable Rag rag,
            @Nullable String caption, List<String> headers, List<List<Piece>> headerWords,
            List<List<CellView>> rows, @Nullable String source, @Nullable String alternative) {

        static BlockView text(String kind, String text, @Nullable Rag rag, List<Piece> words) {
            return new BlockView(kind, text, words, rag, null, List.of(), List.of(), List.of(), null, null);
        }

        /** An abbreviation first met in a table is spelt out there, in its header or cell. */
        static BlockView table(Table table, FirstUse words) {
            List<List<CellView>> rows = table.rows().stream().map(row -> {
                List<CellView> cells = new ArrayList<>();
                for (int i = 0; i < row.size(); i++) {
                    Rag rag = i == table.ragColumn() ? ragOf(row.get(i)) : null;
                    cells.add(new CellView(row.get(i), words.pieces(row.get(i)),
                            rag == null ? null : RagChartPainter.hex(rag),
                            rag == null ? null : RagChartPainter.textHex(rag)));
                }
                return cells;
            }).toList();
            List<List<Piece>> headerWords = table.headers().stream().map(words::pieces).toList();
            return new BlockView("table", null, List.of(), null, table.caption(), table.headers(), headerWords,
                    rows, null, null);
        }

        static BlockView chart(String caption, String source, String alternative) {
            return new BlockView("chart", null, List.of(), null, caption, List.of(), List.of(), List.of(), source,
                    alternative);
        }

        public @Nullable String ragBackground() {
            return rag == null ? null : RagChartPainter.hex(rag);
        }

        public @Nullable String ragText() {
            return rag == null ? null : RagChartPainter.textHex(rag);
        }

        private static @Nullable Rag ragOf(String text) {
            for (Rag rag : Rag.values()) {
                if (text.startsWith(rag.label())) {
                    return rag;
                }
            }
            return null;
        }
    }
}
