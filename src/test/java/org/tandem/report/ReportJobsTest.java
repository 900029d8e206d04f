package org.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SimpleTrigger;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.support.IntegrationTest;

/** The report's two Quartz triggers are stored in the clustered job store, in London time, and never overlap. */
class ReportJobsTest extends IntegrationTest {

    @Autowired
    Scheduler scheduler;

    @Test
    void theReportIsCheckedEveryQuarterOfAnHourInLondonTimeAndCopiesAreSentEveryMinute() throws Exception {
        CronTrigger check = (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey(ReportJobs.SCHEDULE_JOB, "report"));
        assertThat(check.getCronExpression()).isEqualTo("0 0/15 * * * ?");
        assertThat(check.getTimeZone().toZoneId()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(check.getMisfireInstruction()).as("a check missed while down runs once on start")
                .isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
        Date afterFive = check.getFireTimeAfter(Date.from(ZonedDateTime.of(2026, 12, 18, 16, 59, 0, 0,
                ZoneId.of("Europe/London")).toInstant()));
        assertThat(afterFive.toInstant()).isEqualTo(ZonedDateTime.of(2026, 12, 18, 17, 0, 0, 0,
                ZoneId.of("Europe/London")).toInstant());

        SimpleTrigger send = (SimpleTrigger) scheduler.getTrigger(TriggerKey.triggerKey(ReportJobs.DISPATCH_JOB,
                "report"));
        assertThat(send.getRepeatInterval()).isEqualTo(60_000L);

        for (String job : new String[] {ReportJobs.SCHEDULE_JOB, ReportJobs.DISPATCH_JOB}) {
            JobDetail detail = scheduler.getJobDetail(org.quartz.JobKey.jobKey(job, "report"));
            assertThat(detail.isDurable()).isTrue();
            assertThat(detail.getJobClass().isAnnotationPresent(DisallowConcurrentExecution.class)).isTrue();
        }
    }
}
