package org.tandem.reminder;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;
import org.tandem.people.SystemAuthentication;

/**
 * The trigger: runs the digest as the system. It logs a failure rather than throwing it, so Quartz keeps the
 * schedule and the next firing simply tries again.
 */
@DisallowConcurrentExecution
class ReminderJob extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final ReminderDigest digest;

    ReminderJob(ReminderDigest digest) {
        this.digest = digest;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        try {
            SystemAuthentication.call(digest::send);
        } catch (RuntimeException e) {
            log.error("The reminder digest failed; the next firing tries again", e);
        }
    }
}
