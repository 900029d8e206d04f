package org.tandem.shared.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.tandem.shared.BritishDates;

/** Dates as people in England write them: 3 Nov 2026, and 3 Nov 2026 14:05 in the partnership's time zone. */
public final class Dates {

    private Dates() {
    }

    public static String format(@Nullable LocalDate date) {
        return date == null ? "" : BritishDates.SHORT.format(date);
    }

    public static String format(@Nullable Instant instant, ZoneId zone) {
        return instant == null ? "" : BritishDates.SHORT_TIME.format(instant.atZone(zone));
    }
}
