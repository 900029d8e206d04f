package org.tandem.report;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When and to whom the half-termly report goes.
 *
 * @param time the time of day the report is produced (Europe/London)
 * @param daysBeforeBoardMeeting when the half-term records its board meeting, the report is produced this many
 *        days before it instead of on the half-term's last working day
 * @param extraRecipients e-mail addresses that receive the report besides every active board member
 * @param namesInCompliance whether update compliance names the owners who have not updated (counts only if not)
 * @param retryFor how long a failed delivery is retried before it is given up
 * @param catchUpWithin a report whose moment passed while Tandem was down is still produced when it comes back
 *        within this time (six weeks covers the summer holiday); older ones an admin produces by hand
 */
@ConfigurationProperties("tandem.report")
public record ReportSettings(@DefaultValue("17:00") LocalTime time, @DefaultValue("7") int daysBeforeBoardMeeting,
        @DefaultValue List<String> extraRecipients, @DefaultValue("false") boolean namesInCompliance,
        @DefaultValue("24h") Duration retryFor, @DefaultValue("42d") Duration catchUpWithin) {
}
