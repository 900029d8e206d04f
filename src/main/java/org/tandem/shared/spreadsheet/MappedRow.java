package org.tandem.shared.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One row of the sheet seen through the mapping: the value of each field by its key, read as text, a date or a
 * whole number, with every problem gathered as a message for the user.
 */
public final class MappedRow {

    /** Dates as councils' sheets hold them: ISO, and the UK's day-first forms. */
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

    private final SheetData.Row row;
    private final Map<String, Integer> columns;
    private final Map<String, ImportField> fields;
    private final List<String> errors = new ArrayList<>();

    MappedRow(SheetData.Row row, Map<String, Integer> columns, Map<String, ImportField> fields) {
        this.row = row;
        this.columns = columns;
        this.fields = fields;
    }

    public int number() {
        return row.number();
    }

    /** Whether the user mapped a column to this field; an unmapped field is left as it is by an update. */
    public boolean mapped(String key) {
        return columns.containsKey(key);
    }

    /** The cell's text without surrounding spaces; empty when the field is not mapped. */
    public String text(String key) {
        Integer column = columns.get(key);
        return column == null ? "" : row.cell(column).strip();
    }

    public String text(String key, int maxLength) {
        String text = text(key);
        if (text.length() > maxLength) {
            error(label(key) + " has " + text.length() + " characters; use at most " + maxLength);
        }
        return text;
    }

    /** A date written as yyyy-mm-dd, dd/mm/yyyy or d/m/yyyy; null when empty or wrong (then an error is added). */
    public @Nullable LocalDate date(String key) {
        String text = text(key);
        if (text.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        error(label(key) + " \"" + text + "\" is not a date; write it as dd/mm/yyyy or yyyy-mm-dd");
        return null;
    }

    /** A whole number from min to max, "45" or "45%"; null when empty or wrong (then an error is added). */
    public @Nullable Integer whole(String key, int min, int max) {
        String text = text(key);
        if (text.isEmpty()) {
            return null;
        }
        String number = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
        try {
            int value = new BigDecimal(number).intValueExact();
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException | ArithmeticException ignored) {
            // reported below
        }
        error(label(key) + " \"" + text + "\" is not a whole number from " + min + " to " + max);
        return null;
    }

    public void error(String message) {
        errors.add(message);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public String label(String key) {
        ImportField field = fields.get(key);
        return field == null ? key : field.label();
    }

    List<String> errors() {
        return errors;
    }

    SheetData.Row row() {
        return row;
    }
}
