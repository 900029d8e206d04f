package org.tandem.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetsTest {

    private static final List<String> HEADERS = List.of("Reference", "Title", "Owner");
    private static final List<List<String>> ROWS = List.of(
            List.of("1.1", "=HYPERLINK(\"http://evil.example\",\"Click me\")", "Ana Lopez"),
            List.of("1.2", "Co-produce the Local Offer with the forum, £2,000 budget", "@ana"),
            List.of("1.3", "Line one\nline two, \"quoted\"", "-"));

    @Test
    void aCsvStartsWithAByteOrderMarkAndReadsBackAsWritten() {
        byte[] csv = Spreadsheets.csv(HEADERS, ROWS);
        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("\"'=HYPERLINK(").contains("'@ana");

        SheetData sheet = SpreadsheetReader.read("plan.csv", new ByteArrayInputStream(csv));

        assertThat(sheet.headers()).isEqualTo(HEADERS);
        assertThat(sheet.rows()).extracting(SheetData.Row::cells).isEqualTo(ROWS);
        assertThat(sheet.rows()).extracting(SheetData.Row::number).containsExactly(2, 3, 4);
    }

    @Test
    void aWorkbookHasABoldHeadingRowAndNoCellThatRunsAsAFormula() throws IOException {
        byte[] xlsx = Spreadsheets.xlsx("Action plan", HEADERS, ROWS);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Action plan");
            Cell heading = sheet.getRow(0).getCell(1);
            assertThat(heading.getStringCellValue()).isEqualTo("Title");
            assertThat(workbook.getFontAt(heading.getCellStyle().getFontIndex()).getBold()).isTrue();
            Cell risky = sheet.getRow(1).getCell(1);
            assertThat(risky.getCellType()).isEqualTo(CellType.STRING);
            assertThat(risky.getStringCellValue()).startsWith("'=HYPERLINK(");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("'@ana");
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("'-");
            for (var row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void aWorkbookReadsBackAsWritten() {
        byte[] xlsx = Spreadsheets.xlsx("Action plan", HEADERS, ROWS);

        SheetData sheet = SpreadsheetReader.read("plan.xlsx", new ByteArrayInputStream(xlsx));

        assertThat(sheet.headers()).isEqualTo(HEADERS);
        assertThat(sheet.rows()).extracting(SheetData.Row::cells).isEqualTo(ROWS);
        assertThat(sheet.rows()).allSatisfy(row -> assertThat(row.problems()).isEmpty());
    }

    @Test
    void aSheetNameExcelWouldRefuseIsMadeSafe() throws IOException {
        byte[] xlsx = Spreadsheets.xlsx("Plan: 2025/26 [draft] with a very long name indeed", HEADERS, List.of());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).hasSizeLessThanOrEqualTo(31).doesNotContain("/", ":");
        }
    }
}
