package org.tandem.shared;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;

/**
 * How Tandem writes dates everywhere (screens, report, e-mail, history): 3 Sep 2026, 3 September 2026, 01/12/2026.
 * The short month names are fixed here because Java's British locale writes "Sept" and its default "Sep", and the
 * report and the screens must agree whatever the server's language.
 */
public final class BritishDates {

    private static final Map<Long, String> MONTHS = Map.ofEntries(Map.entry(1L, "Jan"), Map.entry(2L, "Feb"),
            Map.entry(3L, "Mar"), Map.entry(4L, "Apr"), Map.entry(5L, "May"), Map.entry(6L, "Jun"),
            Map.entry(7L, "Jul"), Map.entry(8L, "Aug"), Map.entry(9L, "Sep"), Map.entry(10L, "Oct"),
            Map.entry(11L, "Nov"), Map.entry(12L, "Dec"));
    private static final Map<Long, String> DAYS = Map.of(1L, "Mon", 2L, "Tue", 3L, "Wed", 4L, "Thu", 5L, "Fri",
            6L, "Sat", 7L, "Sun");

    /** 3 Sep 2026 */
    public static final DateTimeFormatter SHORT = new DateTimeFormatterBuilder().appendPattern("d ")
            .appendText(ChronoField.MONTH_OF_YEAR, MONTHS).appendPattern(" yyyy").toFormatter(Locale.UK);
    /** 3 Sep 2026 14:05 */
    public static final DateTimeFormatter SHORT_TIME = new DateTimeFormatterBuilder().append(SHORT)
            .appendPattern(" HH:mm").toFormatter(Locale.UK);
    /** Thu 3 Sep 2026 */
    public static final DateTimeFormatter SHORT_WITH_DAY = new DateTimeFormatterBuilder()
            .appendText(ChronoField.DAY_OF_WEEK, DAYS).appendLiteral(' ').append(SHORT).toFormatter(Locale.UK);
    /** 3 September 2026 */
    public static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    /** 01/12/2026, as date fields show dates and spreadsheets write them */
    public static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    private BritishDates() {
    }
}
