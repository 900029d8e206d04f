package org.tandem.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.tandem.shared.ValidationProblem;

/** The rules a year's dates must keep, and the typical English dates an admin starts from. */
final class CalendarRules {

    static final MonthDay YEAR_START = MonthDay.of(8, 1);
    static final MonthDay YEAR_END = MonthDay.of(7, 31);
    private static final DateTimeFormatter DATE = org.tandem.shared.BritishDates.LONG;

    private CalendarRules() {
    }

    /** Field keys are "AUTUMN_1.start", "AUTUMN_1.end" and "startYear". */
    /** A half-term's report goes to a meeting soon after it, or it is no longer news. */
    static final int BOARD_MEETING_WITHIN_DAYS = 90;

    static List<ValidationProblem> check(YearDraft draft) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (draft.getStartYear() < 2000 || draft.getStartYear() > 2100) {
            problems.add(new ValidationProblem("startYear", "Enter a year between 2000 and 2100."));
            return problems;
        }
        LocalDate first = YEAR_START.atYear(draft.getStartYear());
        LocalDate last = YEAR_END.atYear(draft.getStartYear() + 1);
        LocalDate previousEnd = null;
        HalfTermName previousName = null;
        for (YearDraft.Dates dates : draft.getHalfTerms()) {
            String key = dates.getName().name();
            String label = dates.getName().label();
            if (dates.getStart() == null) {
                problems.add(new ValidationProblem(key + ".start", "Enter the first day of " + label + "."));
            }
            if (dates.getEnd() == null) {
                problems.add(new ValidationProblem(key + ".end", "Enter the last day of " + label + "."));
            }
            if (dates.getStart() == null || dates.getEnd() == null) {
                previousEnd = null;
                continue;
            }
            if (dates.getStart().isBefore(first) || dates.getStart().isAfter(last)) {
                problems.add(new ValidationProblem(key + ".start",
                        "Must be between " + DATE.format(first) + " and " + DATE.format(last) + "."));
            } else if (previousEnd != null && !dates.getStart().isAfter(previousEnd)) {
                problems.add(new ValidationProblem(key + ".start", "Must be after the last day of "
                        + previousName.label() + " (" + DATE.format(previousEnd) + ")."));
            }
            if (dates.getEnd().isBefore(first) || dates.getEnd().isAfter(last)) {
                problems.add(new ValidationProblem(key + ".end",
                        "Must be between " + DATE.format(first) + " and " + DATE.format(last) + "."));
            } else if (dates.getEnd().isBefore(dates.getStart())) {
                problems.add(new ValidationProblem(key + ".end", "Must be on or after the first day of " + label + "."));
            }
            if (dates.getBoardMeeting() != null && (!dates.getBoardMeeting().isAfter(dates.getStart())
                    || dates.getBoardMeeting().isAfter(dates.getEnd().plusDays(BOARD_MEETING_WITHIN_DAYS)))) {
                problems.add(new ValidationProblem(key + ".meeting", "The board meeting for " + label
                        + " must fall after its first day and at most " + BOARD_MEETING_WITHIN_DAYS
                        + " days after its last day."));
            }
            previousEnd = dates.getEnd();
            previousName = dates.getName();
        }
        return problems;
    }

    /** Dates close to the usual English pattern; every area differs a little, so the admin corrects them. */
    static YearDraft typical(int startYear) {
        YearDraft draft = new YearDraft(startYear);
        int next = startYear + 1;
        LocalDate autumn1Start = LocalDate.of(startYear, 9, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate autumn1End = fridayOnOrBefore(LocalDate.of(startYear, 10, 24));
        LocalDate autumn2End = fridayOnOrBefore(LocalDate.of(startYear, 12, 19));
        LocalDate spring1Start = LocalDate.of(next, 1, 3).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate spring1End = fridayOnOrBefore(LocalDate.of(next, 2, 13));
        LocalDate spring2End = fridayOnOrBefore(LocalDate.of(next, 3, 27));
        LocalDate summer1End = fridayOnOrBefore(LocalDate.of(next, 5, 22));
        set(draft, HalfTermName.AUTUMN_1, autumn1Start, autumn1End);
        set(draft, HalfTermName.AUTUMN_2, autumn1End.plusDays(10), autumn2End);
        set(draft, HalfTermName.SPRING_1, spring1Start, spring1End);
        set(draft, HalfTermName.SPRING_2, spring1End.plusDays(10), spring2End);
        set(draft, HalfTermName.SUMMER_1, spring2End.plusDays(17), summer1End);
        set(draft, HalfTermName.SUMMER_2, summer1End.plusDays(10), LocalDate.of(next, 7, 22));
        return draft;
    }

    private static LocalDate fridayOnOrBefore(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
    }

    private static void set(YearDraft draft, HalfTermName name, LocalDate start, LocalDate end) {
        draft.dates(name).setStart(start);
        draft.dates(name).setEnd(end);
    }
}
