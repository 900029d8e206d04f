package org.tandem.reminder;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param cron when the digest runs, as a Quartz cron expression in the partnership's time zone
 *             ({@code tandem.time-zone}); by default 7 in the morning, Monday to Friday
 */
@ConfigurationProperties("tandem.reminders")
record ReminderSettings(@DefaultValue("0 0 7 ? * MON-FRI") String cron) {
}
