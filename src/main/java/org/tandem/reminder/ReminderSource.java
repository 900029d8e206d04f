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
}
