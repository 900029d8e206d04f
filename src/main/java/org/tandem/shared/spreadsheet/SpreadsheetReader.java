package org.tandem.shared.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.tandem.shared.ValidationProblem;

/**
 * Reads the first sheet of an uploaded .xlsx or .csv file as text, within limits: at most {@value #MAX_BYTES}
 * bytes and {@value #MAX_ROWS} rows of data. Formulas are never evaluated: a formula cell is reported as a problem
 * of its row. Every refusal is a {@link ValidationProblem} on the field "file" that says what to do.
 */
public final class SpreadsheetReader {

    public static final int MAX_ROWS = 2_000;
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_COLUMNS = 200;

    static final String WHAT_WE_READ = "Tandem reads Excel workbooks (.xlsx) and CSV files (.csv).";

    private SpreadsheetReader() {
    }

    public static SheetData read(String filename, InputStream in) {
        byte[] bytes = readAtMost(in);
        if (bytes.length == 0) {
            throw new ValidationProblem("file", "The file is empty. Choose the file that holds the sheet.");
        }
        String extension = extension(filename);
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            return XlsxSheet.read(bytes, MAX_ROWS);
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new ValidationProblem("file", "This is an older Excel file (.xls). Open it in Excel, save it as "
                    + "an Excel workbook (.xlsx) or as CSV, and upload that.");
        }
        if ("xlsx".equals(extension)) {
            throw new ValidationProblem("file", "This file is named .xlsx but is not an Excel workbook. "
                    + WHAT_WE_READ);
        }
        boolean textName = extension.isEmpty() || "csv".equals(extension) || "txt".equals(extension)
                || "tsv".equals(extension);
        if (!textName || !CsvSheet.looksLikeText(bytes)) {
            throw new ValidationProblem("file", "This file is not a spreadsheet. " + WHAT_WE_READ);
        }
        return CsvSheet.read(bytes, MAX_ROWS);
    }

    private static byte[] readAtMost(InputStream in) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (out.size() + read > MAX_BYTES) {
                    throw new ValidationProblem("file", "The file is larger than " + MAX_BYTES / (1024 * 1024)
                            + " MB. Remove what the import does not need (other sheets, pictures) or split it.");
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
    }

    private static String extension(String filename) {
        String name = filename == null ? "" : filename.strip().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int index = 0; index < magic.length; index++) {
            if ((bytes[index] & 0xFF) != magic[index]) {
                return false;
            }
        }
        return true;
    }
}
