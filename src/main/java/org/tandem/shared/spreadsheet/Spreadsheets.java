package org.tandem.shared.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table (headings and rows of text) as CSV or as an Excel workbook. Every cell goes through
 * {@link CellSafety#neutralise(String)}, so that nothing a person typed can run as a formula when the file is opened.
 */
public final class Spreadsheets {

    /** Excel's limit for the text of one cell. */
    static final int MAX_CELL_LENGTH = 32_767;
    private static final int MAX_COLUMN_WIDTH = 60;

    private Spreadsheets() {
    }

    /** UTF-8 with a byte order mark, so that Excel shows accents and the pound sign right; CRLF line ends. */
    public static byte[] csv(List<String> headers, List<List<String>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            writer.write('\uFEFF');
            printer.printRecord(headers.stream().map(CellSafety::neutralise).toList());
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(CellSafety::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the CSV file", e);
        }
        return bytes.toByteArray();
    }

    /** One sheet with a bold, frozen heading row and a filter; every cell is text. */
    public static byte[] xlsx(String sheetName, List<String> headers, List<List<String>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) { // closing deletes its temporary files
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(
                    sheetName == null || sheetName.isBlank() ? "Sheet1" : sheetName));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            int[] widths = new int[headers.size()];
            Row headerRow = sheet.createRow(0);
            for (int column = 0; column < headers.size(); column++) {
                var cell = headerRow.createCell(column);
                cell.setCellValue(cellText(headers.get(column)));
                cell.setCellStyle(heading);
                widths[column] = headers.get(column) == null ? 0 : headers.get(column).length();
            }
            for (int index = 0; index < rows.size(); index++) {
                Row row = sheet.createRow(index + 1);
                List<String> values = rows.get(index);
                for (int column = 0; column < values.size(); column++) {
                    String text = cellText(values.get(column));
                    row.createCell(column).setCellValue(text);
                    if (column < widths.length) {
                        widths[column] = Math.max(widths[column], text.length());
                    }
                }
            }
            for (int column = 0; column < widths.length; column++) {
                sheet.setColumnWidth(column, (Math.min(widths[column], MAX_COLUMN_WIDTH) + 2) * 256);
            }
            sheet.createFreezePane(0, 1);
            if (!headers.isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, headers.size() - 1));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the workbook", e);
        }
    }

    private static String cellText(String value) {
        String safe = CellSafety.neutralise(value);
        return safe.length() > MAX_CELL_LENGTH ? safe.substring(0, MAX_CELL_LENGTH) : safe;
    }
}
