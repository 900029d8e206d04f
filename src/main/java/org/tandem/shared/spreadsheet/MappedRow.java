package org.tandem.shared.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /** What councils write in a cell they have no value for yet; read as an empty cell, with a warning. */
    private static final Set<String> PLACEHOLDERS = Set.of("tbc", "tba", "tbd", "n/a", "na", "-", "–", "—", "?",
            "unknown", "not known");

    private final SheetData.Row row;
    private final Map<String, Integer> columns;
    private final Map<String, ImportField> fields;
    private final ColumnMapping mapping;
    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    MappedRow(SheetData.Row row, Map<String, Integer> columns, Map<String, ImportField> fields,
            ColumnMapping mapping) {
        this.row = row;
        this.columns = columns;
        this.fields = fields;
        this.mapping = mapping;
    }

    public int number() {
        return row.number();
    }

    /** Whether the user mapped a column to this field; an unmapped field is left as it is by an update. */
    public boolean mapped(String key) {
        return columns.containsKey(key);
    }

    /** The cell's text without surrounding spaces; empty when the field is not mapped or holds "TBC" or the like. */
    public String text(String key) {
        String text = raw(key);
        if (PLACEHOLDERS.contains(text.toLowerCase(Locale.ROOT))) {
            warn(label(key) + " \"" + text + "\" was read as empty");
            return "";
        }
        return text;
    }

    /**
     * Whether the sheet gives this field a value for the row. A blank cell (or "TBC") gives none, so an update
     * leaves the field as it is, unless the mapping says blank cells clear values ({@link #BLANK_CLEARS}).
     */
    public boolean given(String key) {
        if (!mapped(key)) {
            return false;
        }
        return !text(key).isEmpty() || mapping.has(BLANK_CLEARS);
    }

    /** The option under which a blank cell clears the field of an updated record instead of leaving it. */
    public static final String BLANK_CLEARS = "blank-clears";

    /** What the admin said this cell's value means in Tandem (a value-mapping step), if anything. */
    public Optional<String> meaning(String key) {
        String text = text(key);
        return text.isEmpty() ? Optional.empty() : mapping.meaning(key, text);
    }

    public boolean option(String option) {
        return mapping.has(option);
    }

    private String raw(String key) {
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

    /**
     * A percentage from 0 to 100: "45", "45%", or 0.45 as Excel holds 45 % in a cell not formatted as a
     * percentage (a fraction between 0 and 1 cannot be a whole percentage, so it is read as one, with a warning).
     */
    public @Nullable Integer percent(String key) {
        String text = text(key);
        if (!text.isEmpty() && !text.endsWith("%")) {
            try {
                BigDecimal fraction = new BigDecimal(text);
                if (fraction.signum() > 0 && fraction.compareTo(BigDecimal.ONE) < 0) {
                    BigDecimal percent = fraction.movePointRight(2);
                    if (percent.stripTrailingZeros().scale() <= 0) {
                        warn(label(key) + " " + text + " was read as " + percent.intValue() + "%");
                        return percent.intValue();
                    }
                }
            } catch (NumberFormatException ignored) {
                // whole() says what is wrong
            }
        }
        return whole(key, 0, 100);
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

    /** Something the admin should know that does not stop the row ("Owner left empty"). */
    public void warn(String message) {
        if (!warnings.contains(message)) {
            warnings.add(message);
        }
    }

    List<String> warnings() {
        return warnings;
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
