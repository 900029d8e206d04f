package org.tandem.shared.spreadsheet;

import org.jspecify.annotations.Nullable;

/**
 * Turns one mapped row into the value an import creates or updates. It reports what is wrong with
 * {@link MappedRow#error(String)} and may then return null; rows come in sheet order, so a parser may remember
 * earlier rows (to find a duplicate, say).
 */
@FunctionalInterface
public interface RowParser<T> {

    @Nullable T parse(MappedRow row);

    /** What the row is about in the sheet's words, shown beside its errors; called after {@link #parse}. */
    default String label(MappedRow row) {
        return "";
    }
}
