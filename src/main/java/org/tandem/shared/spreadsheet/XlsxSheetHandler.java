package org.tandem.shared.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jspecify.annotations.Nullable;
import org.tandem.shared.ValidationProblem;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns the XML of one sheet into rows of text: shared and inline strings as they are, numbers without a
 * thousands separator, dates as yyyy-MM-dd, percentages with a % sign. A cell with a formula or an error value
 * becomes a problem of its row; its cached result is not used, so nothing computed slips in unseen.
 */
final class XlsxSheetHandler extends DefaultHandler {

    private final SharedStrings strings;
    private final @Nullable StylesTable styles;
    private final boolean date1904;
    private final SheetCollector collector;
    private final Map<Integer, NumberFormat> formats = new HashMap<>();

    private int rowNumber;
    private List<String> cells = new ArrayList<>();
    private List<SheetData.CellProblem> problems = new ArrayList<>();
    private int column;
    private @Nullable String type;
    private int style;
    private boolean formula;
    private boolean inValue;
    private boolean inInlineString;
    private final StringBuilder text = new StringBuilder();

    XlsxSheetHandler(SharedStrings strings, @Nullable StylesTable styles, boolean date1904, SheetCollector collector) {
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
        this.collector = collector;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                cells = new ArrayList<>();
                problems = new ArrayList<>();
                column = -1;
            }
            case "c" -> {
                String r = attributes.getValue("r");
                column = r == null ? column + 1 : new CellReference(r).getCol();
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s == null ? 0 : Integer.parseInt(s);
                formula = false;
                text.setLength(0);
            }
            case "f" -> formula = true;
            case "v" -> inValue = true;
            case "is" -> inInlineString = true;
            default -> {
                // other elements (formats, merges, drawings) carry no values
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if ((inValue || inInlineString) && text.length() < Spreadsheets.MAX_CELL_LENGTH) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v" -> inValue = false;
            case "is" -> inInlineString = false;
            case "c" -> endCell();
            case "row" -> collector.add(rowNumber, cells, problems);
            default -> {
                // nothing to finish
            }
        }
    }

    private void endCell() {
        String where = "cell " + new CellReference(rowNumber - 1, column).formatAsString(false);
        String value = "";
        if (formula) {
            problems.add(new SheetData.CellProblem(column, where + " holds a formula; paste values only"));
        } else if ("e".equals(type)) {
            problems.add(new SheetData.CellProblem(column, where + " holds the error " + text
                    + "; correct it or clear the cell"));
        } else {
            value = CellSafety.restore(value(text.toString()));
        }
        if (value.isEmpty() && !formula && !"e".equals(type)) {
            return;
        }
        if (column >= SpreadsheetReader.MAX_COLUMNS) {
            throw new ValidationProblem("file", "Row " + rowNumber + " has a value beyond column "
                    + SpreadsheetReader.MAX_COLUMNS + ". Remove the columns the import does not need.");
        }
        while (cells.size() < column) {
            cells.add("");
        }
        cells.add(value);
    }

    private String value(String raw) {
        if (type == null || "n".equals(type)) {
            return raw.isEmpty() ? "" : number(raw);
        }
        return switch (type) {
            case "s" -> raw.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(raw.strip())).getString();
            case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
            case "d" -> raw.length() >= 10 && raw.charAt(4) == '-' ? raw.substring(0, 10) : raw;
            default -> raw; // inlineStr, str
        };
    }

    private String number(String raw) {
        double number;
        try {
            number = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
        NumberFormat format = format();
        if (format != null && format.isDate() && DateUtil.isValidExcelDate(number)) {
            LocalDateTime when = DateUtil.getLocalDateTime(number, date1904);
            return number < 1 && !date1904 ? when.toLocalTime().toString() : when.toLocalDate().toString();
        }
        if (format != null && format.isPercent()) {
            return plain(BigDecimal.valueOf(number).movePointRight(2)) + "%";
        }
        return plain(BigDecimal.valueOf(number));
    }

    private static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private @Nullable NumberFormat format() {
        if (styles == null || style >= styles.getNumCellStyles()) {
            return null;
        }
        return formats.computeIfAbsent(style, index -> {
            XSSFCellStyle cellStyle = styles.getStyleAt(index);
            String pattern = cellStyle.getDataFormatString();
            return new NumberFormat(cellStyle.getDataFormat(), pattern == null ? "General" : pattern);
        });
    }

    private record NumberFormat(int index, String pattern) {

        boolean isDate() {
            return DateUtil.isADateFormat(index, pattern);
        }

        boolean isPercent() {
            return pattern.contains("%");
        }
    }
}
