package org.tandem.measure;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * How often a measure is counted, and so what its periods are. Periods follow the school year (September to
 * August) on fixed dates, so that one measure's values line up from year to year whatever the half-term calendar
 * says: a half-termly figure is the half-term's, not a day's.
 */
public enum Frequency {
    HALF_TERMLY("Half-termly", List.of(MonthDay.of(9, 1), MonthDay.of(11, 1), MonthDay.of(1, 1),
            MonthDay.of(2, 20), MonthDay.of(4, 15), MonthDay.of(6, 1)),
            List.of("Autumn 1", "Autumn 2", "Spring 1", "Spring 2", "Summer 1", "Summer 2")),
    TERMLY("Termly", List.of(MonthDay.of(9, 1), MonthDay.of(1, 1), MonthDay.of(4, 15)),
            List.of("Autumn term", "Spring term", "Summer term")),
    YEARLY("Yearly", List.of(MonthDay.of(9, 1)), List.of("Year"));

    private final String label;
    private final List<MonthDay> starts;
    private final List<String> names;

    Frequency(String label, List<MonthDay> starts, List<String> names) {
        this.label = label;
        this.starts = starts;
        this.names = names;
    }

    public String label() {
        return label;
    }

    public int periodsPerYear() {
        return starts.size();
    }

    public LocalDate start(Period period) {
        MonthDay day = starts.get(period.index() - 1);
        return day.atYear(day.getMonthValue() >= 9 ? period.year() : period.year() + 1);
    }

    public LocalDate end(Period period) {
        return start(next(period)).minusDays(1);
    }

    public Period next(Period period) {
        return period.index() == periodsPerYear() ? new Period(period.year() + 1, 1)
                : new Period(period.year(), period.index() + 1);
    }

    public Period previous(Period period) {
        return period.index() == 1 ? new Period(period.year() - 1, periodsPerYear())
                : new Period(period.year(), period.index() - 1);
    }

    /** The period a day falls in. */
    public Period containing(LocalDate day) {
        int year = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
        Period period = new Period(year, 1);
        while (end(period).isBefore(day)) {
            period = next(period);
        }
        return period;
    }

    /** The period whose value is due on {@code today}: the last one that has ended. */
    public Period due(LocalDate today) {
        return previous(containing(today));
    }

    /** "Spring 1 2025/26", "Autumn term 2025/26", "2025/26". */
    public String label(Period period) {
        String year = period.year() + "/" + String.format("%02d", (period.year() + 1) % 100);
        return this == YEARLY ? year : names.get(period.index() - 1) + " " + year;
    }

    /** The period a label names ("Spring 1 2025/26", "autumn term 2025/26", "2025/26"), if it is one of ours. */
    public java.util.Optional<Period> parse(String label) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(.*?)\\s*(\\d{4})\\s*/\\s*(\\d{2})")
                .matcher(label.strip());
        if (!matcher.matches()) {
            return java.util.Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(2));
        if (Integer.parseInt(matcher.group(3)) != (year + 1) % 100) {
            return java.util.Optional.empty();
        }
        String name = matcher.group(1).strip();
        if (this == YEARLY) {
            return name.isEmpty() || name.equalsIgnoreCase("Year") ? java.util.Optional.of(new Period(year, 1))
                    : java.util.Optional.empty();
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name) || names.get(i).replace(" term", "").equalsIgnoreCase(name)) {
                return java.util.Optional.of(new Period(year, i + 1));
            }
        }
        return java.util.Optional.empty();
    }

    /** Checks that the period is one of this frequency's. */
    public boolean holds(Period period) {
        return period.index() >= 1 && period.index() <= periodsPerYear();
    }
}
