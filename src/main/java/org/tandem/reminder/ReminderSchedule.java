package org.tandem.reminder;

import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tandem.shared.TandemProperties;

/**
 * The digest's place in Quartz's clustered store: one durable job and its cron trigger, written over the stored
 * ones at each start ({@code spring.quartz.overwrite-existing-jobs}), so a changed setting takes effect.
 */
@Configuration(proxyBeanMethods = false)
class ReminderSchedule {

    static final JobKey JOB = JobKey.jobKey("reminder-digest", "tandem");
    static final TriggerKey TRIGGER = TriggerKey.triggerKey("reminder-digest", "tandem");

    @Bean
    JobDetail reminderDigestJob() {
        // Recovery: if the instance running it dies, another one runs it again; the claims keep that harmless.
        return JobBuilder.newJob(ReminderJob.class).withIdentity(JOB).storeDurably().requestRecovery()
                .withDescription("Sends each person one e-mail with their reminders").build();
    }

    @Bean
    CronTrigger reminderDigestTrigger(ReminderSettings settings, TandemProperties properties) {
        // A firing missed while no instance ran (a restart over 7 o'clock) runs once as soon as one is up again.
        return TriggerBuilder.newTrigger().withIdentity(TRIGGER).forJob(JOB)
                .withSchedule(CronScheduleBuilder.cronSchedule(settings.cron())
                        .inTimeZone(TimeZone.getTimeZone(properties.timeZone()))
                        .withMisfireHandlingInstructionFireAndProceed())
                .withDescription("Reminder digests: " + settings.cron()).build();
    }
}
