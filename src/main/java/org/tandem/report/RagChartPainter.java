package org.tandem.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.tandem.report.ReportBlock.RagBar;
import org.tandem.report.ReportBlock.RagChart;
import org.tandem.shared.Rag;

/**
 * Draws a RAG chart as a PNG on the server (Java2D, headless), so that the e-mail, the PDF and the page show the
 * same picture, and writes its alternative text from the same figures. Colours are never the only carrier: each
 * segment holds its count, the legend names the colours, and a table with the figures follows the chart.
 */
final class RagChartPainter {

    static final List<Rag> ORDER = List.of(Rag.RED, Rag.AMBER, Rag.GREEN, Rag.BLUE, Rag.GREY);
    private static final Map<Rag, Color> COLOURS = Map.of(Rag.RED, new Color(0xB3261E), Rag.AMBER,
            new Color(0xF0A500), Rag.GREEN, new Color(0x2E7D32), Rag.BLUE, new Color(0x1565C0), Rag.GREY,
            new Color(0x6B6B6B));
    private static final int WIDTH = 1280;
    private static final int SCALE = 2;
    private static final int LABEL_WIDTH = 260;
    private static final int ROW = 36;
    private static final int LINE = 17;
    private static final int MAX_LINES = 3;
    private static final Font FONT = loadFont();

    private RagChartPainter() {
    }

    static Color colour(Rag rag) {
        return COLOURS.get(rag);
    }

    static String hex(Rag rag) {
        return String.format("#%06X", colour(rag).getRGB() & 0xFFFFFF);
    }

    /** Dark text on amber, white on the rest: each pair has a contrast of at least 4.5:1. */
    static String textHex(Rag rag) {
        return rag == Rag.AMBER ? "#1A1A1A" : "#FFFFFF";
    }

    static String alternativeText(RagChart chart) {
        return chart.caption() + ". " + chart.bars().stream().map(bar -> bar.label() + ": " + describe(bar))
                .collect(Collectors.joining("; ")) + ".";
    }

    static String describe(RagBar bar) {
        if (bar.total() == 0) {
            return "no actions";
        }
        return ORDER.stream().filter(rag -> bar.counts().getOrDefault(rag, 0L) > 0)
                .map(rag -> bar.counts().get(rag) + " " + rag.label().toLowerCase())
                .collect(Collectors.joining(", "));
    }

    static byte[] png(RagChart chart) {
        // Long priority names wrap onto as many as three lines, and their row grows to hold them.
        FontMetrics measure = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
                .getFontMetrics(FONT);
        List<List<String>> labels = chart.bars().stream().map(bar -> lines(bar.label(), measure, LABEL_WIDTH - 12))
                .toList();
        int rowsHeight = labels.stream().mapToInt(RagChartPainter::rowHeight).sum();
        int height = (Math.max(rowsHeight, ROW) + 60) * SCALE;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(SCALE, SCALE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            g.setFont(FONT);
            long widest = chart.bars().stream().mapToLong(RagBar::total).max().orElse(0);
            int barSpace = WIDTH / SCALE - LABEL_WIDTH - 20;
            int y = 10;
            for (int i = 0; i < chart.bars().size(); i++) {
                drawBar(g, chart.bars().get(i), labels.get(i), y, widest, barSpace);
                y += rowHeight(labels.get(i));
            }
            drawLegend(g, y + 12);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static int rowHeight(List<String> label) {
        return Math.max(ROW, label.size() * LINE + 12);
    }

    private static void drawBar(Graphics2D g, RagBar bar, List<String> label, int y, long widest, int barSpace) {
        FontMetrics metrics = g.getFontMetrics();
        g.setColor(new Color(0x1A1A1A));
        for (int line = 0; line < label.size(); line++) {
            g.drawString(label.get(line), 4, y + 20 + line * LINE);
        }
        int x = LABEL_WIDTH;
        if (bar.total() == 0) {
            g.drawString("no actions", x, y + 20);
            return;
        }
        for (Rag rag : ORDER) {
            long count = bar.counts().getOrDefault(rag, 0L);
            if (count == 0) {
                continue;
            }
            int width = (int) Math.max(2, Math.round((double) barSpace * count / widest));
            g.setColor(colour(rag));
            g.fillRect(x, y + 4, width, ROW - 10);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(1));
            g.drawRect(x, y + 4, width, ROW - 10);
            String text = Long.toString(count);
            if (metrics.stringWidth(text) + 6 < width) {
                g.setColor(Color.decode(textHex(rag)));
                g.drawString(text, x + (width - metrics.stringWidth(text)) / 2, y + 21);
            }
            x += width;
        }
    }

    private static void drawLegend(Graphics2D g, int y) {
        int x = LABEL_WIDTH;
        for (Rag rag : ORDER) {
            g.setColor(colour(rag));
            g.fillRect(x, y, 14, 14);
            g.setColor(new Color(0x1A1A1A));
            g.drawString(rag.label(), x + 20, y + 12);
            x += 30 + g.getFontMetrics().stringWidth(rag.label()) + 12;
        }
    }

    /** The label in lines that fit the width, broken between words; only a fourth line's worth is cut, with "…". */
    static List<String> lines(String text, FontMetrics metrics, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(tried) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(tried);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        List<String> kept = new java.util.ArrayList<>(lines.subList(0, Math.min(lines.size(), MAX_LINES)));
        if (lines.size() > MAX_LINES) {
            kept.set(MAX_LINES - 1, kept.get(MAX_LINES - 1) + " " + String.join(" ", lines.subList(MAX_LINES,
                    lines.size())));
        }
        kept.replaceAll(each -> fit(each, metrics, width));
        return kept;
    }

    private static String fit(String text, FontMetrics metrics, int width) {
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && metrics.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    private static Font loadFont() {
        try (InputStream in = RagChartPainter.class.getResourceAsStream("/report/fonts/DejaVuSans.ttf")) {
            if (in == null) {
                throw new IllegalStateException("The report font is missing from the application");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(13f);
        } catch (IOException | java.awt.FontFormatException e) {
            throw new IllegalStateException("The report font could not be read", e);
        }
    }
}
