package org.tandem.action;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param updateDaysBeforeDeadline owners of actions still without this half-term's update are reminded this many
 *                                 days before the update deadline ({@code tandem.updates.deadline-days-before-end})
 */
@ConfigurationProperties("tandem.reminders")
record UpdateReminderSettings(@DefaultValue("5") int updateDaysBeforeDeadline) {

    UpdateReminderSettings {
        if (updateDaysBeforeDeadline < 0) {
            throw new IllegalArgumentException(
                    "tandem.reminders.update-days-before-deadline cannot be negative: " + updateDaysBeforeDeadline);
        }
    }
}
