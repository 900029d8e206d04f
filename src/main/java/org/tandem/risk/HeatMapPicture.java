package org.tandem.risk;

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
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The heat map drawn as a PNG for the board report's e-mail and PDF (Java2D, headless). Each cell holds its count
 * and band word, so colour is never the only carrier; the report puts the grid's summary in words beside it as
 * its alternative text, and the same figures as a table after it.
 */
final class HeatMapPicture {

    private static final Map<Band, Color> FILL = Map.of(Band.LOW, new Color(0x2E7D32), Band.MEDIUM,
            new Color(0xF0A500), Band.HIGH, new Color(0xE8710A), Band.VERY_HIGH, new Color(0xB3261E));
    private static final int SCALE = 2;
    private static final int CELL = 108;
    private static final int LEFT = 150;
    private static final int TOP = 16;
    private static final int BOTTOM = 70;
    private static final Font FONT = font("DejaVuSans.ttf", 13f);
    private static final Font BOLD = font("DejaVuSans-Bold.ttf", 18f);

    private HeatMapPicture() {
    }

    static byte[] png(HeatMap map) {
        int width = LEFT + 5 * CELL + 16;
        int height = TOP + 5 * CELL + BOTTOM;
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(SCALE, SCALE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            for (int likelihood = 5; likelihood >= 1; likelihood--) {
                int y = TOP + (5 - likelihood) * CELL;
                g.setFont(FONT);
                g.setColor(new Color(0x1A1A1A));
                g.drawString(likelihood + " " + map.likelihoodLabels().get(likelihood - 1), 4, y + CELL / 2 + 5);
                for (int impact = 1; impact <= 5; impact++) {
                    cell(g, map.cell(likelihood, impact), LEFT + (impact - 1) * CELL, y);
                }
            }
            g.setFont(FONT);
            g.setColor(new Color(0x1A1A1A));
            FontMetrics metrics = g.getFontMetrics();
            for (int impact = 1; impact <= 5; impact++) {
                String label = impact + " " + map.impactLabels().get(impact - 1);
                int x = LEFT + (impact - 1) * CELL + (CELL - metrics.stringWidth(label)) / 2;
                g.drawString(label, Math.max(LEFT + (impact - 1) * CELL, x), TOP + 5 * CELL + 20);
            }
            String across = "Impact →";
            g.drawString(across, LEFT + (5 * CELL - metrics.stringWidth(across)) / 2, TOP + 5 * CELL + 44);
            g.drawString("↑ Likelihood", 4, TOP + 5 * CELL + 44);
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

    private static void cell(Graphics2D g, HeatMap.Cell cell, int x, int y) {
        Color fill = FILL.get(cell.band());
        // Empty cells are pale, so the eye goes to where the risks are; the band word stays on every cell.
        g.setColor(cell.count() == 0 ? blend(fill) : fill);
        g.fillRect(x, y, CELL, CELL);
        g.setColor(Color.WHITE);
        g.drawRect(x, y, CELL, CELL);
        // White only where it has a contrast of 4.5:1 or more (on the green and the red).
        Color text = cell.count() == 0 || cell.band() == Band.MEDIUM || cell.band() == Band.HIGH
                ? new Color(0x1A1A1A) : Color.WHITE;
        g.setColor(text);
        g.setFont(BOLD);
        String count = Integer.toString(cell.count());
        FontMetrics big = g.getFontMetrics();
        g.drawString(count, x + (CELL - big.stringWidth(count)) / 2, y + CELL / 2);
        g.setFont(FONT);
        FontMetrics small = g.getFontMetrics();
        String word = cell.bandWord() + " (" + cell.score() + ")";
        g.drawString(word, x + Math.max(2, (CELL - small.stringWidth(word)) / 2), y + CELL / 2 + 24);
    }

    private static Color blend(Color colour) {
        return new Color((colour.getRed() + 3 * 255) / 4, (colour.getGreen() + 3 * 255) / 4,
                (colour.getBlue() + 3 * 255) / 4);
    }

    private static Font font(String file, float size) {
        try (InputStream in = HeatMapPicture.class.getResourceAsStream("/report/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The report font is missing from the application");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(size);
        } catch (IOException | java.awt.FontFormatException e) {
            throw new IllegalStateException("The report font could not be read", e);
        }
    }
}
