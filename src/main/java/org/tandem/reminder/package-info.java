/**
 * Reminder digests: one e-mail per person per run, gathering what every {@link org.tandem.reminder.ReminderSource}
 * says is due for them. Other modules add reminders by declaring a source bean, never a job of their own.
 */
@NullMarked
package org.tandem.reminder;

import org.jspecify.annotations.NullMarked;
