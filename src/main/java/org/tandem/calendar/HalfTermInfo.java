package org.tandem.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** A half-term as other features see it: "Autumn 1 2025/26", 1 Sep 2025 to 24 Oct 2025. */
public record HalfTermInfo(long id, HalfTermName name, String yearLabel, LocalDate start, LocalDate end,
        boolean closed, @org.jspecify.annotations.Nullable LocalDate boardMeeting) {

    public HalfTermInfo(long id, HalfTermName name, String yearLabel, LocalDate start, LocalDate end, boolean closed) {
        this(id, name, yearLabel, start, end, closed, null);
    }

    private static final DateTimeFormatter DATE = org.tandem.shared.BritishDates.LONG;

    static HalfTermInfo of(HalfTerm halfTerm) {
        return new HalfTermInfo(halfTerm.getId(), halfTerm.getName(), halfTerm.getYear().label(),
                halfTerm.getStartDate(), halfTerm.getEndDate(), halfTerm.isClosed(), halfTerm.getBoardMeeting());
    }

    public String label() {
        return name.label() + " " + yearLabel;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** Days from {@code today} to the last day, counting both; 0 once it has ended. */
    public long daysLeft(LocalDate today) {
        if (today.isAfter(end)) {
            return 0;
        }
        return ChronoUnit.DAYS.between(today.isBefore(start) ? start : today, end) + 1;
    }

    public String dates() {
        return DATE.format(start) + " to " + DATE.format(end);
    }
}
