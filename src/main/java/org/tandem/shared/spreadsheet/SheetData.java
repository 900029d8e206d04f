package org.tandem.shared.spreadsheet;

import java.util.List;

/**
 * What {@link SpreadsheetReader} read: the column headings (trimmed, unique, never blank) and the rows of data
 * under them, blank rows left out.
 */
public record SheetData(List<String> headers, List<Row> rows) {

    public SheetData {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** The position of a heading, or -1 when the sheet has no such column. */
    public int columnOf(String header) {
        return headers.indexOf(header);
    }

    /**
     * One row of the sheet.
     *
     * @param number   the row's number as the spreadsheet program shows it (1 is the first line of the file)
     * @param cells    the text of each cell, one per heading; empty for an empty cell
     * @param problems cells that could not be read as values, such as formulas
     */
    public record Row(int number, List<String> cells, List<CellProblem> problems) {

        public Row {
            cells = List.copyOf(cells);
            problems = List.copyOf(problems);
        }

        public String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }
    }

    /** A cell that holds no plain value, with the message a person needs to fix it ("cell C4 holds a formula"). */
    public record CellProblem(int column, String message) {
    }
}
