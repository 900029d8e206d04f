package org.tandem.feedback;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for "you said, we did".
 *
 * @param responseDays   items with no response this many days after they were logged are flagged
 * @param sensitiveWords words the personal-data check always flags, such as local school names
 */
@ConfigurationProperties("tandem.feedback")
public record FeedbackSettings(@DefaultValue("28") int responseDays, @DefaultValue List<String> sensitiveWords) {

    /**
     * On {@code today}, an item still awaiting a response is overdue when it was logged before this moment: the
     * rule of {@link Feedback#isOverdue}, for queries (the register's filter, reminders, the board report).
     */
    public java.time.Instant overdueBefore(java.time.LocalDate today, java.time.ZoneId zone) {
        return today.minusDays(responseDays).atStartOfDay(zone).toInstant();
    }
}
