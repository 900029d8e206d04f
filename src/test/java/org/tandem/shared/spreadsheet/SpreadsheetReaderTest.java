package org.tandem.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.shared.spreadsheet.Workbooks.row;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.tandem.shared.ValidationProblem;

class SpreadsheetReaderTest {

    @Test
    void aCsvCellThatLooksLikeAFormulaIsReadAsText() {
        SheetData sheet = csv("Title,Owner\n=1+1,@ana\n+44 123,-5\n");
        assertThat(sheet.rows()).extracting(SheetData.Row::cells)
                .containsExactly(List.of("=1+1", "@ana"), List.of("+44 123", "-5"));
    }

    @Test
    void aTitleLineAboveTheTableAndBlankRowsAreLeftOutButRowNumbersStayTheSheets() {
        SheetData sheet = csv("Riverside action plan 2025\n\nRef;Title\n1.1;Map the local offer\n;\n1.2;Train SENCOs\n");
        assertThat(sheet.headers()).containsExactly("Ref", "Title");
        assertThat(sheet.rows()).extracting(SheetData.Row::number).containsExactly(4, 6);
        assertThat(sheet.rows().get(1).cells()).containsExactly("1.2", "Train SENCOs");
    }

    @Test
    void aCsvSavedByOlderExcelInWindows1252IsReadWithItsPoundSigns() {
        byte[] bytes = "Title,Budget\nTraining,£2000\n".getBytes(Charset.forName("windows-1252"));
        SheetData sheet = SpreadsheetReader.read("plan.csv", new ByteArrayInputStream(bytes));
        assertThat(sheet.rows().getFirst().cells()).containsExactly("Training", "£2000");
    }

    @Test
    void blankAndRepeatedHeadingsAreNamedSoThatEachColumnCanBeChosen() {
        SheetData sheet = csv("Title,,Title\na,b,c\n");
        assertThat(sheet.headers()).containsExactly("Title", "Column B", "Title (column C)");
    }

    @Test
    void aWorkbookDateBecomesAnIsoDateAndNumbersLoseTheirDecimalNoise() {
        byte[] xlsx = Workbooks.xlsx(sheet -> {
            row(sheet, 0, "Title", "Due", "Percent", "Priority");
            CellStyle date = sheet.getWorkbook().createCellStyle();
            date.setDataFormat(sheet.getWorkbook().getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle percent = sheet.getWorkbook().createCellStyle();
            percent.setDataFormat(sheet.getWorkbook().getCreationHelper().createDataFormat().getFormat("0%"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Map the local offer");
            row.createCell(1).setCellValue(LocalDate.of(2025, 3, 31));
            row.getCell(1).setCellStyle(date);
            row.createCell(2).setCellValue(0.45);
            row.getCell(2).setCellStyle(percent);
            row.createCell(3).setCellValue(2.0);
        });
        SheetData sheet = SpreadsheetReader.read("plan.xlsx", new ByteArrayInputStream(xlsx));
        assertThat(sheet.rows().getFirst().cells()).containsExactly("Map the local offer", "2025-03-31", "45%", "2");
    }

    @Test
    void aFormulaInADataRowIsAProblemOfThatRowAndIsNotEvaluated() {
        byte[] xlsx = Workbooks.xlsx(sheet -> {
            row(sheet, 0, "Title", "Percent");
            row(sheet, 1, "Map the local offer", "40");
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue("Train SENCOs");
            row.createCell(1).setCellFormula("20+20");
        });
        SheetData sheet = SpreadsheetReader.read("plan.xlsx", new ByteArrayInputStream(xlsx));
        assertThat(sheet.rows().get(0).problems()).isEmpty();
        SheetData.Row withFormula = sheet.rows().get(1);
        assertThat(withFormula.cells()).containsExactly("Train SENCOs", "");
        assertThat(withFormula.problems()).containsExactly(
                new SheetData.CellProblem(1, "cell B3 holds a formula; paste values only"));
    }

    @Test
    void aWorkbookWithAFormulaInEveryCellIsRefusedWithAClearMessage() {
        byte[] xlsx = Workbooks.xlsx(sheet -> {
            for (int index = 0; index < 5; index++) {
                Row row = sheet.createRow(index);
                for (int column = 0; column < 3; column++) {
                    row.createCell(column).setCellFormula("\"Cell \" & " + (index * 3 + column));
                }
            }
        });
        assertRefused("plan.xlsx", xlsx, "Row 1 should hold the column headings, but cell A1 holds a formula; "
                + "paste values only and try again.");
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefused() {
        byte[] pdf = "%PDF-1.7\n\u0000\u0001binary".getBytes(StandardCharsets.ISO_8859_1);
        assertRefused("minutes.pdf", pdf, "This file is not a spreadsheet. Tandem reads Excel workbooks (.xlsx) "
                + "and CSV files (.csv).");
        assertRefused("plan.csv", pdf, "This file is not a spreadsheet. Tandem reads Excel workbooks (.xlsx) "
                + "and CSV files (.csv).");
        assertRefused("plan.xlsx", "Title,Owner\n".getBytes(StandardCharsets.UTF_8),
                "This file is named .xlsx but is not an Excel workbook. Tandem reads Excel workbooks (.xlsx) and "
                        + "CSV files (.csv).");
    }

    @Test
    void aZipThatIsNotAWorkbookIsRefused() {
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertRefused("plan.xlsx", zip, "This file cannot be read as an Excel workbook. Tandem reads Excel "
                + "workbooks (.xlsx) and CSV files (.csv).");
    }

    @Test
    void anOldExcelFileIsRefusedWithWhatToDoInstead() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertRefused("plan.xls", xls, "This is an older Excel file (.xls). Open it in Excel, save it as an Excel "
                + "workbook (.xlsx) or as CSV, and upload that.");
    }

    @Test
    void anEmptyFileOrASheetWithoutDataIsRefused() {
        assertRefused("plan.csv", new byte[0], "The file is empty. Choose the file that holds the sheet.");
        assertRefused("plan.csv", "\n\n,,\n".getBytes(StandardCharsets.UTF_8),
                "The sheet is empty: it has no column headings and no rows.");
        assertRefused("plan.csv", "Reference,Title\n".getBytes(StandardCharsets.UTF_8),
                "The sheet has column headings in row 1 but no rows of data under them.");
        byte[] headingsOnly = Workbooks.xlsx(sheet -> row(sheet, 0, "Reference", "Title"));
        assertRefused("plan.xlsx", headingsOnly,
                "The sheet has column headings in row 1 but no rows of data under them.");
    }

    @Test
    void upTo2000RowsAreRead() {
        StringBuilder csv = new StringBuilder("Reference,Title\n");
        for (int index = 1; index <= SpreadsheetReader.MAX_ROWS; index++) {
            csv.append("1.").append(index).append(",Action ").append(index).append('\n');
        }
        assertThat(csv(csv.toString()).rows()).hasSize(2_000);
    }

    @Test
    void aCsvOf10000RowsIsRefusedWithTheLimit() {
        StringBuilder csv = new StringBuilder("Reference,Title\n");
        for (int index = 1; index <= 10_000; index++) {
            csv.append("1.").append(index).append(",Action ").append(index).append('\n');
        }
        assertRefused("plan.csv", csv.toString().getBytes(StandardCharsets.UTF_8), TOO_MANY_ROWS);
    }

    @Test
    void aWorkbookOf10000RowsIsRefusedWithTheLimit() {
        byte[] xlsx = Workbooks.streamedXlsx(sheet -> {
            row(sheet, 0, "Reference", "Title");
            for (int index = 1; index <= 10_000; index++) {
                row(sheet, index, "1." + index, "Action " + index);
            }
        });
        assertRefused("plan.xlsx", xlsx, TOO_MANY_ROWS);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }
        };
        assertThatThrownBy(() -> SpreadsheetReader.read("huge.csv", endless)).isInstanceOf(ValidationProblem.class)
                .hasMessageStartingWith("The file is larger than 10 MB.");
    }

    private static final String TOO_MANY_ROWS = "The sheet has more than 2,000 rows of data. Up to 2,000 rows can be "
            + "imported at a time: split the sheet and import each part.";

    private static SheetData csv(String text) {
        return SpreadsheetReader.read("plan.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertRefused(String filename, byte[] bytes, String message) {
        assertThatThrownBy(() -> SpreadsheetReader.read(filename, new ByteArrayInputStream(bytes)))
                .isInstanceOf(ValidationProblem.class).hasMessage(message)
                .extracting(problem -> ((ValidationProblem) problem).field()).isEqualTo("file");
    }
}
