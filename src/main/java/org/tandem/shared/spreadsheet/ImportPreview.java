package org.tandem.shared.spreadsheet;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Every row of a sheet with what it would import or why it cannot; an import goes ahead only without errors. */
public record ImportPreview<T>(List<ImportRow<T>> rows) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public boolean hasErrors() {
        return rows.stream().anyMatch(row -> !row.ok());
    }

    public long rowsWithErrors() {
        return rows.stream().filter(row -> !row.ok()).count();
    }

    public long rowsReady() {
        return rows.size() - rowsWithErrors();
    }

    /** The values of all rows, in sheet order; only to be used when there are no errors. */
    public List<T> values() {
        if (hasErrors()) {
            throw new IllegalStateException("Some rows have errors");
        }
        return rows.stream().map(ImportRow::value).map(Objects::requireNonNull).toList();
    }

    /** "1,234 rows ready, 3 with errors". */
    public String summary() {
        long ready = rowsReady();
        String text = String.format(Locale.UK, "%,d %s ready", ready, ready == 1 ? "row" : "rows");
        long errors = rowsWithErrors();
        return errors == 0 ? text + ", no errors" : String.format(Locale.UK, "%s, %,d with errors", text, errors);
    }
}
