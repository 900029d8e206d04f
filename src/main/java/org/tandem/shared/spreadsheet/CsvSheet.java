package org.tandem.shared.spreadsheet;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tandem.shared.ValidationProblem;

/**
 * A CSV file as Excel writes it: UTF-8 (with or without a byte order mark) or, failing that, Windows-1252; comma,
 * semicolon or tab separated, whichever the heading line uses most. Cells are text; nothing is evaluated.
 */
final class CsvSheet {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvSheet() {
    }

    /** No NUL bytes in the first 8 KB: binary files (PDF, images, documents) have them, text never does. */
    static boolean looksLikeText(byte[] bytes) {
        for (int index = 0; index < Math.min(bytes.length, 8192); index++) {
            if (bytes[index] == 0) {
                return false;
            }
        }
        return true;
    }

    static SheetData read(byte[] bytes, int maxRows) {
        String text = decode(bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false)
                .setTrim(false).get();
        SheetCollector collector = new SheetCollector(maxRows);
        int number = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                number++;
                if (record.size() > SpreadsheetReader.MAX_COLUMNS) {
                    throw new ValidationProblem("file", "Row " + number + " has more than "
                            + SpreadsheetReader.MAX_COLUMNS + " columns. Remove the columns the import does not need.");
                }
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(value -> cells.add(CellSafety.restore(value)));
                collector.add(number, cells, List.of());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException e) {
            throw new ValidationProblem("file", "The CSV file cannot be read after row " + number
                    + ": a quote mark may be missing. " + SpreadsheetReader.WHAT_WE_READ);
        }
        return collector.finish();
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    /** The separator used most in the first lines (a title line above the table may have none). */
    private static char delimiter(String text) {
        String sample = text.lines().limit(20).reduce("", (a, b) -> a + b);
        long commas = sample.chars().filter(c -> c == ',').count();
        long semicolons = sample.chars().filter(c -> c == ';').count();
        long tabs = sample.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
