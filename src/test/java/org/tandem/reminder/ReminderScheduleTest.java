package org.tandem.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tandem.support.DigestTest;

/** The digest's one job and trigger, as Quartz's clustered store holds them. */
class ReminderScheduleTest extends DigestTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    ApplicationContext context;
    @Autowired
    Scheduler scheduler;

    @Test
    void theDigestRunsAtSevenOnWorkingDaysLondonTime() throws Exception {
        CronTrigger trigger = context.getBean("reminderDigestTrigger", CronTrigger.class);

        assertThat(trigger.getCronExpression()).isEqualTo("0 0 7 ? * MON-FRI");
        assertThat(trigger.getTimeZone().getID()).isEqualTo("Europe/London");
        assertThat(trigger.getJobKey()).isEqualTo(ReminderSchedule.JOB);
        // After Friday noon in summer time, the next run is Monday at 7 in London (6 o'clock UTC).
        Date next = trigger.getFireTimeAfter(Date.from(ZonedDateTime.of(2036, 7, 4, 12, 0, 0, 0, LONDON).toInstant()));
        assertThat(next.toInstant()).isEqualTo(ZonedDateTime.of(2036, 7, 7, 7, 0, 0, 0, LONDON).toInstant());

        CronTrigger stored = (CronTrigger) scheduler.getTrigger(ReminderSchedule.TRIGGER);
        assertThat(stored.getCronExpression()).isEqualTo("0 0 7 ? * MON-FRI");
        assertThat(stored.getTimeZone().getID()).isEqualTo("Europe/London");
    }

    @Test
    void oneDurableJobServesEverySourceAndNeverRunsTwiceAtOnce() throws Exception {
        // Three sources (updates, responses, and the test's own), and one job that sends all their reminders.
        assertThat(context.getBeansOfType(ReminderSource.class)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(context.getBeansOfType(JobDetail.class).values()).filteredOn(job -> job.getJobClass()
                .getPackageName().equals(ReminderJob.class.getPackageName())).hasSize(1);

        JobDetail stored = scheduler.getJobDetail(ReminderSchedule.JOB);
        assertThat(stored.getJobClass()).isEqualTo(ReminderJob.class);
        assertThat(stored.isDurable()).isTrue();
        assertThat(stored.isConcurrentExecutionDisallowed()).isTrue();
        assertThat(stored.requestsRecovery()).isTrue();
    }

    @Test
    void theJobIsBuiltAsQuartzBuildsItAndLogsAFailureRatherThanThrowingIt() {
        ReminderJob job = context.getAutowireCapableBeanFactory().createBean(ReminderJob.class);
        assertThatCode(() -> job.executeInternal(null)).doesNotThrowAnyException();

        ReminderDigest broken = mock(ReminderDigest.class);
        when(broken.send()).thenThrow(new IllegalStateException("The database is away"));
        assertThatCode(() -> new ReminderJob(broken).executeInternal(null)).doesNotThrowAnyException();
    }
}
