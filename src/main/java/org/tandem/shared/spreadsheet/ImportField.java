package org.tandem.shared.spreadsheet;

import java.util.List;

/**
 * A field that an import fills from a column of the sheet.
 *
 * @param key      stable name, used in the remembered mapping ("dueDate")
 * @param label    what the user reads ("Due date")
 * @param required a sheet without this column cannot be imported, and a row without a value is an error
 * @param aliases  other headings councils use for it, to guess the mapping ("Deadline", "Target date")
 */
public record ImportField(String key, String label, boolean required, List<String> aliases) {

    public ImportField {
        if (key.isBlank() || key.contains("=") || key.contains("\n")) {
            throw new IllegalArgumentException("A field key is a plain word: " + key);
        }
        aliases = List.copyOf(aliases);
    }

    public ImportField(String key, String label, boolean required, String... aliases) {
        this(key, label, required, List.of(aliases));
    }
}
