package org.tandem.shared.spreadsheet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;
import org.tandem.shared.ValidationProblem;

/**
 * Gathers rows as a reader finds them: finds the heading row (the first with two or more filled cells, so that a
 * title line above the table is skipped), leaves blank rows out, and stops as soon as the sheet has too many rows.
 */
final class SheetCollector {

    static final int MAX_HEADER_LENGTH = 200;
    private static final int TITLE_ROWS = 10;

    private final int maxRows;
    private final List<SheetData.Row> pending = new ArrayList<>();
    private final List<SheetData.Row> rows = new ArrayList<>();
    private SheetData.Row headerRow;
    private int width;

    SheetCollector(int maxRows) {
        this.maxRows = maxRows;
    }

    void add(int number, List<String> cells, List<SheetData.CellProblem> problems) {
        int filled = (int) cells.stream().filter(cell -> !cell.isBlank()).count();
        if (filled == 0 && problems.isEmpty()) {
            return;
        }
        SheetData.Row row = new SheetData.Row(number, cells, problems);
        if (headerRow != null) {
            addData(row);
        } else if (filled + problems.size() >= 2) {
            useAsHeadings(row);
        } else {
            pending.add(row);
            if (pending.size() == TITLE_ROWS) {
                replayPendingFromFirst();
            }
        }
    }

    SheetData finish() {
        if (headerRow == null && !pending.isEmpty()) {
            replayPendingFromFirst();
        }
        if (headerRow == null) {
            throw new ValidationProblem("file", "The sheet is empty: it has no column headings and no rows.");
        }
        if (rows.isEmpty()) {
            throw new ValidationProblem("file", "The sheet has column headings in row " + headerRow.number()
                    + " but no rows of data under them.");
        }
        int columns = Math.max(width, lastFilled(headerRow.cells()) + 1);
        return new SheetData(headings(headerRow.cells(), columns),
                rows.stream().map(row -> pad(row, columns)).toList());
    }

    private void replayPendingFromFirst() {
        List<SheetData.Row> waiting = new ArrayList<>(pending);
        pending.clear();
        useAsHeadings(waiting.getFirst());
        waiting.subList(1, waiting.size()).forEach(this::addData);
    }

    private void useAsHeadings(SheetData.Row row) {
        if (!row.problems().isEmpty()) {
            throw new ValidationProblem("file", "Row " + row.number() + " should hold the column headings, but "
                    + row.problems().getFirst().message() + " and try again.");
        }
        pending.clear();
        headerRow = row;
    }

    private void addData(SheetData.Row row) {
        if (rows.size() == maxRows) {
            throw new ValidationProblem("file", String.format(Locale.UK, "The sheet has more than %,d rows of data. "
                    + "Up to %,d rows can be imported at a time: split the sheet and import each part.",
                    maxRows, maxRows));
        }
        width = Math.max(width, lastFilled(row.cells()) + 1);
        rows.add(row);
    }

    private static int lastFilled(List<String> cells) {
        for (int index = cells.size() - 1; index >= 0; index--) {
            if (!cells.get(index).isBlank()) {
                return index;
            }
        }
        return -1;
    }

    private static SheetData.Row pad(SheetData.Row row, int columns) {
        List<String> cells = new ArrayList<>(columns);
        for (int column = 0; column < columns; column++) {
            cells.add(row.cell(column));
        }
        return new SheetData.Row(row.number(), cells, row.problems());
    }

    /** Headings are trimmed and unique; a blank one is named after its column ("Column F"). */
    private static List<String> headings(List<String> cells, int columns) {
        List<String> headings = new ArrayList<>(columns);
        Set<String> seen = new HashSet<>();
        for (int column = 0; column < columns; column++) {
            String letter = CellReference.convertNumToColString(column);
            String text = column < cells.size() ? cells.get(column).strip().replaceAll("\\s+", " ") : "";
            if (text.length() > MAX_HEADER_LENGTH) {
                text = text.substring(0, MAX_HEADER_LENGTH);
            }
            if (text.isEmpty()) {
                text = "Column " + letter;
            }
            if (!seen.add(text.toLowerCase(Locale.ROOT))) {
                text = text + " (column " + letter + ")";
                seen.add(text.toLowerCase(Locale.ROOT));
            }
            headings.add(text);
        }
        return headings;
    }
}
