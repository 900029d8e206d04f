package org.tandem.reminder;

import java.time.LocalDate;
import java.util.List;

/**
 * What one feature reminds people of. Declare an implementation as a bean and its reminders join the daily digest:
 * no job of its own. The digest calls each source once a run, signed in as the system, and a source that fails is
 * logged and left out without stopping the others. Sources listed first (by {@code @Order}) head the e-mail.
 */
public interface ReminderSource {

    /** The reminders due on {@code today}, a date in the partnership's time zone. */
    List<Reminder> due(LocalDate today);

    /**
     * What waits for one person today, for their home page, so that the home page and the digest never disagree:
     * by default their reminders due today. A source whose reminders come only in a window (the days before a
     * deadline) lists the work whenever it is waiting, and a source may add what is worth seeing on arriving but
     * not worth an e-mail (the latest report). Called as the system; a source that fails is left out.
     */
    default List<Reminder> waitingFor(long userId, LocalDate today) {
        return due(today).stream().filter(reminder -> reminder.recipient().userId() == userId).toList();
    }
}
