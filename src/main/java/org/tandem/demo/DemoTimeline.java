package org.tandem.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.tandem.calendar.HalfTermInfo;

/**
 * The demo plan's dates, worked out from the last two half-terms (the current one, or during a break the one
 * that has just ended, and the one before), so that nothing lies in the future that should not.
 */
record DemoTimeline(HalfTermInfo earlier, HalfTermInfo latest, Clock clock) {

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The first of the month, {@code months} after the earlier half-term began. */
    LocalDate start(int months) {
        return earlier.start().plusMonths(months).withDayOfMonth(1);
    }

    /** The end of the month, {@code months} after the latest half-term began. */
    LocalDate due(int months) {
        return latest.start().plusMonths(months).with(TemporalAdjusters.lastDayOfMonth());
    }

    /** A week before the earlier half-term ended: overdue by now for an action still open. */
    LocalDate dueLastHalfTerm() {
        return earlier.end().minusWeeks(1);
    }

    LocalDate completedEarlier() {
        return laterOf(earlier.start(), earlier.end().minusWeeks(2));
    }

    LocalDate completedLatest() {
        return earliestOf(today(), latest.end(), latest.start().plusWeeks(2));
    }

    /** Leads write their updates in the last fortnight of a half-term, spread so that they read naturally. */
    Instant earlierUpdate(int index) {
        return at(laterOf(earlier.start(), earlier.end().minusDays(3 + index % 10)), 9 + index % 8);
    }

    /** This half-term's updates came in its first weeks, and never after now. */
    Instant latestUpdate(int index) {
        return at(earliestOf(latest.end(), latest.start().plusDays(4 + index % 11)), 9 + index % 8);
    }

    Instant completion(LocalDate on) {
        return at(on, 16);
    }

    Instant signOff(LocalDate completedOn) {
        return at(completedOn.plusDays(2), 11);
    }

    private Instant at(LocalDate date, int hour) {
        Instant instant = date.atTime(hour, 0).atZone(clock.getZone()).toInstant();
        return instant.isAfter(clock.instant()) ? clock.instant() : instant;
    }

    private static LocalDate earliestOf(LocalDate... dates) {
        LocalDate found = dates[0];
        for (LocalDate date : dates) {
            found = date.isBefore(found) ? date : found;
        }
        return found;
    }

    private static LocalDate laterOf(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
