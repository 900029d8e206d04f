package org.tandem.shared.spreadsheet;

import org.jspecify.annotations.Nullable;

/**
 * Keeps exported cells from being run as formulas ("CSV injection"): a cell that begins with =, +, -, @, a tab or a
 * carriage return gets a leading single quote, which Excel and LibreOffice show as text. The reader takes that quote
 * off again, so that a sheet exported from Tandem can be edited and imported back unchanged.
 */
public final class CellSafety {

    private static final String RISKY_FIRST = "=+-@\t\r";

    private CellSafety() {
    }

    public static String neutralise(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return RISKY_FIRST.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** Undoes {@link #neutralise(String)}; any other text, with or without a quote, stays as it is. */
    public static String restore(@Nullable String value) {
        if (value == null) {
            return "";
        }
        if (value.length() > 1 && value.charAt(0) == '\'' && RISKY_FIRST.indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }
}
