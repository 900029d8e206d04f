package org.tandem.measure;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One value as the measure page and the entry screen show it. */
public record ValueLine(Period period, String periodLabel, LocalDate periodEnd, double value, String text,
        @Nullable Long numerator, @Nullable Long denominator, boolean smallBase, boolean validated, String note,
        String enteredBy, Instant enteredAt, long version) {

    public String status() {
        return (validated ? "Validated" : "Provisional") + (smallBase ? ", small numbers (not rated)" : "");
    }

    public String base() {
        return numerator == null || denominator == null ? "" : numerator + " of " + denominator;
    }
}
