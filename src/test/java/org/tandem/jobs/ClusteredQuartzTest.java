package org.tandem.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.tandem.support.TestDatabase;

/**
 * Two Tandem instances share one MariaDB: Quartz's clustered JDBC job store, on the tables Flyway made, runs each
 * firing on exactly one of them.
 */
class ClusteredQuartzTest {

    static final ConcurrentLinkedQueue<String> FIRINGS = new ConcurrentLinkedQueue<>();
    static final String CLUSTER = "tandem-cluster-test";

    private final List<Scheduler> schedulers = new java.util.ArrayList<>();

    @BeforeAll
    static void schema() {
        Flyway.configure().dataSource(TestDatabase.url(), TestDatabase.user(), TestDatabase.password())
                .locations("classpath:db/migration/common", "classpath:db/migration/mariadb").load().migrate();
    }

    @AfterEach
    void stop() throws Exception {
        if (!schedulers.isEmpty()) {
            schedulers.getFirst().clear();
        }
        for (Scheduler scheduler : schedulers) {
            scheduler.shutdown(true);
        }
        try (Connection connection = DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(),
                TestDatabase.password())) {
            connection.createStatement().executeUpdate(
                    "delete from QRTZ_SCHEDULER_STATE where SCHED_NAME = '" + CLUSTER + "'");
        }
    }

    /** One firing recorded by the instance that ran it. */
    public static class Count implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            try {
                FIRINGS.add(context.getScheduler().getSchedulerInstanceId() + "@" + context.getScheduledFireTime().getTime());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private Scheduler instance(String id) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", CLUSTER);
        properties.setProperty("org.quartz.scheduler.instanceId", id);
        properties.setProperty("org.quartz.threadPool.threadCount", "2");
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        properties.setProperty("org.quartz.jobStore.driverDelegateClass",
                "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        properties.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        properties.setProperty("org.quartz.jobStore.isClustered", "true");
        properties.setProperty("org.quartz.jobStore.clusterCheckinInterval", "1000");
        properties.setProperty("org.quartz.jobStore.dataSource", "db");
        properties.setProperty("org.quartz.dataSource.db.driver", "org.mariadb.jdbc.Driver");
        properties.setProperty("org.quartz.dataSource.db.URL", TestDatabase.url());
        properties.setProperty("org.quartz.dataSource.db.user", TestDatabase.user());
        properties.setProperty("org.quartz.dataSource.db.password", TestDatabase.password());
        properties.setProperty("org.quartz.dataSource.db.provider", "hikaricp");
        properties.setProperty("org.quartz.dataSource.db.maxConnections", "4");
        StdSchedulerFactory factory = new StdSchedulerFactory();
        factory.initialize(properties);
        Scheduler scheduler = factory.getScheduler();
        schedulers.add(scheduler);
        return scheduler;
    }

    @Test
    void twoInstancesOnOneDatabaseRunEachFiringOnce() throws Exception {
        FIRINGS.clear();
        Scheduler first = instance("first");
        Scheduler second = instance("second");
        first.clear();
        first.scheduleJob(JobBuilder.newJob(Count.class).withIdentity("count").build(),
                TriggerBuilder.newTrigger().withIdentity("every-half-second")
                        .startAt(Date.from(Instant.now().plusMillis(500)))
                        .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(500)
                                .withRepeatCount(5)).build());
        first.start();
        second.start();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (FIRINGS.size() < 6 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        Thread.sleep(1_000);

        assertThat(FIRINGS).hasSize(6);
        assertThat(FIRINGS.stream().map(firing -> firing.substring(firing.indexOf('@'))).distinct()).hasSize(6);
    }
}
