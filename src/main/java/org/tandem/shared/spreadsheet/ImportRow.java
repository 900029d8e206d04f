package org.tandem.shared.spreadsheet;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one row of a previewed import: the value it would import, or what is wrong with it.
 *
 * @param rowNumber the row's number in the sheet, as the user's spreadsheet program shows it
 * @param value     null when the row has errors
 */
public record ImportRow<T>(int rowNumber, @Nullable T value, List<String> errors) {

    public ImportRow {
        errors = List.copyOf(errors);
        if (!errors.isEmpty()) {
            value = null;
        }
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
