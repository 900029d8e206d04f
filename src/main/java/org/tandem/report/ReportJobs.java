package org.tandem.report;

import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tandem.people.SystemAuthentication;
import org.tandem.shared.TandemProperties;

/**
 * Two thin Quartz triggers on the clustered job store: one checks every quarter of an hour whether a report is due
 * (and, after downtime, fires once at once), one sends due copies every minute (retries included).
 */
@Configuration(proxyBeanMethods = false)
class ReportJobs {

    static final String SCHEDULE_JOB = "report-schedule";
    static final String DISPATCH_JOB = "report-dispatch";

    @Bean
    JobDetail reportScheduleJob() {
        return JobBuilder.newJob(ScheduleCheck.class).withIdentity(SCHEDULE_JOB, "report").storeDurably()
                .withDescription("Produces the half-termly board report when it is due").build();
    }

    @Bean
    Trigger reportScheduleTrigger(JobDetail reportScheduleJob, TandemProperties properties,
            @Value("${tandem.report.check-cron:0 0/15 * * * ?}") String cron) {
        return TriggerBuilder.newTrigger().forJob(reportScheduleJob).withIdentity(SCHEDULE_JOB, "report")
                .withSchedule(CronScheduleBuilder.cronSchedule(cron)
                        .inTimeZone(TimeZone.getTimeZone(properties.timeZone()))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    @Bean
    JobDetail reportDispatchJob() {
        return JobBuilder.newJob(Dispatch.class).withIdentity(DISPATCH_JOB, "report").storeDurably()
                .withDescription("Sends the board report's copies that are due, retrying failures").build();
    }

    @Bean
    Trigger reportDispatchTrigger(JobDetail reportDispatchJob) {
        return TriggerBuilder.newTrigger().forJob(reportDispatchJob).withIdentity(DISPATCH_JOB, "report")
                .withSchedule(SimpleScheduleBuilder.repeatMinutelyForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }

    /** Produces the report that is due, then sends it. */
    @DisallowConcurrentExecution
    static class ScheduleCheck implements Job {
        private static final Logger log = LoggerFactory.getLogger(ScheduleCheck.class);
        private final ReportSchedule schedule;
        private final ReportDispatch dispatch;

        ScheduleCheck(ReportSchedule schedule, ReportDispatch dispatch) {
            this.schedule = schedule;
            this.dispatch = dispatch;
        }

        @Override
        public void execute(JobExecutionContext context) {
            try {
                SystemAuthentication.run(() -> {
                    schedule.produceDue();
                    dispatch.sendDue();
                });
            } catch (RuntimeException e) {
                log.error("The board report check failed; it runs again in a quarter of an hour", e);
            }
        }
    }

    /** Sends due copies. */
    @DisallowConcurrentExecution
    static class Dispatch implements Job {
        private static final Logger log = LoggerFactory.getLogger(Dispatch.class);
        private final ReportDispatch dispatch;

        Dispatch(ReportDispatch dispatch) {
            this.dispatch = dispatch;
        }

        @Override
        public void execute(JobExecutionContext context) {
            try {
                SystemAuthentication.run(dispatch::sendDue);
            } catch (RuntimeException e) {
                log.error("Sending board report copies failed; it runs again in a minute", e);
            }
        }
    }
}
