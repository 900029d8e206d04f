package org.tandem.sef;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The pack's fonts (the report's DejaVu Sans, shipped with the application), read once and kept, with their glyph
 * substitution table hidden from PDFBox. With it, PDFBox runs every one of the pack's ~30,000 pieces of text
 * through the ligature rules as it writes them, a sixth of the time the PDF takes; and the pack loses nothing by
 * it: openhtmltopdf measures lines without substitutions anyway, the subset embedded in the PDF never carries
 * the table, and text without ligatures is read back (by a screen reader, or copied) exactly as written.
 */
final class PackFonts {

    static final byte[] REGULAR = load("DejaVuSans.ttf");
    static final byte[] BOLD = load("DejaVuSans-Bold.ttf");

    private PackFonts() {
    }

    static InputStream open(byte[] font) {
        return new ByteArrayInputStream(font);
    }

    private static byte[] load(String name) {
        try (InputStream in = PackFonts.class.getResourceAsStream("/report/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The font " + name + " is missing from the application");
            }
            return withoutSubstitutions(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + name + " could not be read", e);
        }
    }

    /**
     * Renames the font's GSUB table in its table directory (to a tag no reader knows, so that it is skipped);
     * the glyphs, metrics and the directory's checksums are untouched.
     */
    static byte[] withoutSubstitutions(byte[] font) {
        ByteBuffer bytes = ByteBuffer.wrap(font);
        int tables = Short.toUnsignedInt(bytes.getShort(4));
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (new String(font, record, 4, StandardCharsets.US_ASCII).equals("GSUB")) {
                font[record + 3] = 'X';
            }
        }
        return font;
    }
}
