package org.tandem.shared.spreadsheet;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one row of a previewed import: the value it would import, or what is wrong with it.
 *
 * @param rowNumber the row's number in the sheet, as the user's spreadsheet program shows it
 * @param value     null when the row has errors
 * @param label     what the row is about in the sheet's own words ("2.3 Train SENCOs"), so that a row with
 *                  errors can be found by more than its number
 * @param warnings  what the admin should know that does not stop the row
 */
public record ImportRow<T>(int rowNumber, @Nullable T value, List<String> errors, String label,
        List<String> warnings) {

    public ImportRow(int rowNumber, @Nullable T value, List<String> errors) {
        this(rowNumber, value, errors, "", List.of());
    }

    public ImportRow {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        if (!errors.isEmpty()) {
            value = null;
        }
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
