package org.tandem.operations;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * "quartz" in the health endpoint: up while this node's scheduler runs in the cluster (it claims the report and
 * digest firings), down once it has shut down, unknown while it stands by (tests start it on demand).
 */
@Component("quartz")
class QuartzHealthIndicator extends AbstractHealthIndicator {

    private final Scheduler scheduler;

    QuartzHealthIndicator(Scheduler scheduler) {
        super("Quartz scheduler health check failed");
        this.scheduler = scheduler;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws SchedulerException {
        var metaData = scheduler.getMetaData();
        if (scheduler.isShutdown()) {
            builder.down();
        } else if (scheduler.isInStandbyMode()) {
            builder.unknown();
        } else {
            builder.up();
        }
        builder.withDetail("instanceId", scheduler.getSchedulerInstanceId())
                .withDetail("clustered", metaData.isJobStoreClustered())
                .withDetail("jobsExecuted", metaData.getNumberOfJobsExecuted());
    }
}
