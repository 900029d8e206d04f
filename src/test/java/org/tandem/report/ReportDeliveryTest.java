package org.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;
import org.springframework.transaction.PlatformTransactionManager;
import org.tandem.calendar.CalendarService;
import org.tandem.calendar.HalfTermInfo;
import org.tandem.mail.MailService;
import org.tandem.people.InitialPeople;
import org.tandem.people.Role;
import org.tandem.people.SystemAuthentication;
import org.tandem.support.MutableClock;
import org.tandem.support.PlanFixture;
import org.tandem.support.SecondApplication;
import org.tandem.support.TestClockConfiguration;
import org.tandem.support.TestDatabase;

/**
 * The report reaches every recipient once, through a real SMTP server (GreenMail): after an outage, with two
 * instances, after a crash while producing or sending, and when Tandem was down at the moment it was due.
 * Each test reports on a half-term of 2030/31 (or 2034/35) of its own, since issuing closes a half-term for good.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import({TestClockConfiguration.class, PlanFixture.class, SecondApplication.Strategy.class,
        ReportDeliveryTest.Interruption.class})
@TestExecutionListeners(listeners = SecondApplication.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
class ReportDeliveryTest {

    static final ServerSetup SMTP = new ServerSetup(3125, null, ServerSetup.PROTOCOL_SMTP);
    static final String EXTRA = "clerk@extra-" + UUID.randomUUID().toString().substring(0, 6) + ".example";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(SMTP).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailAndDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", TestDatabase::user);
        registry.add("spring.datasource.password", TestDatabase::password);
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", SMTP::getPort);
        registry.add("tandem.report.extra-recipients", () -> EXTRA);
        registry.add("tandem.base-url", () -> "https://tandem.riverside.example");
    }

    @Autowired
    ReportService reports;
    @Autowired
    ReportSchedule schedule;
    @Autowired
    ReportDispatch dispatch;
    @Autowired
    ReportDeliveries deliveries;
    @Autowired
    IssuedReports issued;
    @Autowired
    MailService mail;
    @Autowired
    ReportSettings settings;
    @Autowired
    CalendarService calendar;
    @Autowired
    InitialPeople people;
    @Autowired
    PlanFixture fixture;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    String domain;
    List<String> members;

    @BeforeEach
    void boardMembers() throws Exception {
        fixture.year(2030);
        domain = "board-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        members = List.of("chair@" + domain, "health@" + domain);
        people.user(unique("chair"), "Chair of the board", members.get(0), null, PlanFixture.PASSWORD,
                List.of(Role.BOARD_MEMBER));
        people.user(unique("health"), "Health lead", members.get(1), null, PlanFixture.PASSWORD,
                List.of(Role.BOARD_MEMBER));
        greenMail.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void realTimeAndServerUp() {
        clock.reset();
        Interruption.failing.set(false);
        // Copies other tests left unsent would otherwise be sent by the next test's dispatch.
        jdbc.update("update report_delivery set status = 'FAILED' where status <> 'SENT' and status <> 'FAILED'");
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    HalfTermInfo halfTerm(int year, int month, int day) {
        return SystemAuthentication.call(() -> calendar.containing(LocalDate.of(year, month, day)).orElseThrow());
    }

    /** Just after the report of the half-term is due. */
    void afterDue(HalfTermInfo halfTerm) {
        clock.set(schedule.dueAt(halfTerm).plusSeconds(60));
    }

    List<MimeMessage> receivedBy(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            for (Address to : message.getAllRecipients()) {
                if (to.toString().equalsIgnoreCase(address)) {
                    found.add(message);
                }
            }
        }
        return found;
    }

    @Test
    void everyBoardMemberAndTheExtraListGetTheReportOnceWithItsPdfAndAMemberWithoutAddressIsRecorded()
            throws Exception {
        people.user(unique("nomail"), "Member without e-mail", null, null, PlanFixture.PASSWORD,
                List.of(Role.BOARD_MEMBER));
        PlanFixture.Plan plan = fixture.plan("Delivered");
        fixture.ownAction(plan, "We will answer every family within ten working days", LocalDate.of(2030, 1, 1),
                LocalDate.of(2031, 7, 1));
        HalfTermInfo halfTerm = halfTerm(2030, 9, 15);
        afterDue(halfTerm);

        long id = SystemAuthentication.call(() -> schedule.produceDue().orElseThrow());
        SystemAuthentication.run(dispatch::sendDue);
        SystemAuthentication.run(dispatch::sendDue);

        for (String address : List.of(members.get(0), members.get(1), EXTRA)) {
            assertThat(receivedBy(address)).as(address).hasSize(1);
        }
        MimeMessage message = receivedBy(members.get(0)).getFirst();
        assertThat(message.getSubject()).isEqualTo("SEND partnership board report: " + halfTerm.label());
        String parts = describe(message);
        assertThat(parts).contains("text/plain", "text/html", "image/png", "application/pdf");
        assertThat(message.getHeader("Message-ID")[0]).startsWith("<report-" + id + "-copy-");
        List<DeliveryRow> rows = SystemAuthentication.call(() -> reports.deliveries(id));
        assertThat(rows).filteredOn(row -> row.name().equals("Member without e-mail")).singleElement()
                .satisfies(row -> {
                    assertThat(row.status()).isEqualTo(DeliveryStatus.FAILED);
                    assertThat(row.error()).contains("no e-mail address");
                });
        assertThat(rows).filteredOn(row -> members.contains(row.email()))
                .allSatisfy(row -> assertThat(row.status()).isEqualTo(DeliveryStatus.SENT));
    }

    @Test
    void whenTheMailServerIsDownForAnHourEveryoneGetsTheReportOnceItIsBack() throws Exception {
        HalfTermInfo halfTerm = halfTerm(2030, 11, 15);
        afterDue(halfTerm);
        greenMail.stop();
        long id;
        try {
            id = SystemAuthentication.call(() -> schedule.produceDue().orElseThrow());
            SystemAuthentication.run(dispatch::sendDue);
        } catch (RuntimeException e) {
            greenMail.start();
            throw e;
        }
        assertThat(SystemAuthentication.call(() -> reports.deliveries(id))).filteredOn(row -> members.contains(
                row.email())).allSatisfy(row -> {
                    assertThat(row.status()).isEqualTo(DeliveryStatus.RETRYING);
                    assertThat(row.error()).isNotBlank();
                });
        for (int minutes = 0; minutes < 60; minutes += 5) {
            clock.advance(Duration.ofMinutes(5));
            SystemAuthentication.run(dispatch::sendDue);
        }
        greenMail.start();
        clock.advance(Duration.ofMinutes(61));
        SystemAuthentication.run(dispatch::sendDue);
        clock.advance(Duration.ofHours(2));
        SystemAuthentication.run(dispatch::sendDue);

        for (String address : List.of(members.get(0), members.get(1), EXTRA)) {
            assertThat(receivedBy(address)).as(address).hasSize(1);
        }
        assertThat(SystemAuthentication.call(() -> reports.deliveries(id))).filteredOn(row -> members.contains(
                row.email())).allSatisfy(row -> {
                    assertThat(row.status()).isEqualTo(DeliveryStatus.SENT);
                    assertThat(row.attempts()).isGreaterThan(1);
                });
    }

    @Test
    void aMailServerThatStaysDownForADayIsGivenUpOnWithTheReason() {
        HalfTermInfo halfTerm = halfTerm(2031, 1, 15);
        afterDue(halfTerm);
        greenMail.stop();
        long id;
        try {
            id = SystemAuthentication.call(() -> schedule.produceDue().orElseThrow());
            for (int hour = 0; hour <= 25; hour++) {
                SystemAuthentication.run(dispatch::sendDue);
                clock.advance(Duration.ofHours(1));
            }
        } finally {
            greenMail.start();
        }

        assertThat(SystemAuthentication.call(() -> reports.deliveries(id))).filteredOn(row -> members.contains(
                row.email())).allSatisfy(row -> {
                    assertThat(row.status()).isEqualTo(DeliveryStatus.FAILED);
                    assertThat(row.error()).startsWith("Gave up after trying for 24 hours");
                });
    }

    @Test
    void twoInstancesProduceOneReportAndSendEachRecipientOneCopy() throws Exception {
        HalfTermInfo halfTerm = halfTerm(2031, 3, 5);
        afterDue(halfTerm);
        ReportDispatch second = new ReportDispatch(deliveries, issued, mail, settings, clock, transactions);
        ExecutorService twoInstances = Executors.newFixedThreadPool(2);
        try {
            List<Future<Optional<Long>>> produced = twoInstances.invokeAll(List.<Callable<Optional<Long>>>of(
                    () -> SystemAuthentication.call(schedule::produceDue),
                    () -> SystemAuthentication.call(schedule::produceDue)));
            List<Long> ids = new ArrayList<>();
            for (Future<Optional<Long>> result : produced) {
                result.get().ifPresent(ids::add);
            }
            assertThat(ids).isNotEmpty().allSatisfy(id -> assertThat(id).isEqualTo(ids.getFirst()));
            twoInstances.invokeAll(List.<Callable<Integer>>of(() -> SystemAuthentication.call(dispatch::sendDue),
                    () -> SystemAuthentication.call(second::sendDue)));
        } finally {
            twoInstances.shutdown();
        }

        assertThat(jdbc.queryForObject("select count(*) from issued_report where half_term_id = ?", Long.class,
                halfTerm.id())).isEqualTo(1);
        for (String address : List.of(members.get(0), members.get(1), EXTRA)) {
            assertThat(receivedBy(address)).as(address).hasSize(1);
        }
    }

    @Test
    void aCopyInterruptedWhileBeingSentIsNotSentTwiceAndTheOthersAreFinishedAfterARestart() throws Exception {
        HalfTermInfo halfTerm = halfTerm(2031, 5, 10);
        afterDue(halfTerm);
        long id = SystemAuthentication.call(() -> schedule.produceDue().orElseThrow());
        // The instance claimed the chair's copy and was killed before it could record what happened.
        jdbc.update("update report_delivery set status = 'SENDING', claimed_at = ?, claimed_by = 'killed' "
                + "where report_id = ? and recipient = ?", java.sql.Timestamp.from(clock.instant()), id,
                members.get(0));

        SystemAuthentication.run(dispatch::sendDue);
        clock.advance(ReportDispatch.ABANDONED_AFTER.plusMinutes(1));
        SystemAuthentication.run(dispatch::sendDue);

        assertThat(receivedBy(members.get(0))).isEmpty();
        assertThat(receivedBy(members.get(1))).hasSize(1);
        assertThat(receivedBy(EXTRA)).hasSize(1);
        DeliveryRow interrupted = SystemAuthentication.call(() -> reports.deliveries(id)).stream()
                .filter(row -> row.email().equals(members.get(0))).findFirst().orElseThrow();
        assertThat(interrupted.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(interrupted.error()).contains("may already have arrived");

        SystemAuthentication.run(() -> reports.sendAgain(interrupted.id()));
        SystemAuthentication.run(dispatch::sendDue);
        for (int tries = 0; tries < 50 && receivedBy(members.get(0)).isEmpty(); tries++) {
            Thread.sleep(100);
        }
        assertThat(receivedBy(members.get(0))).as("an admin sent it again on purpose").hasSize(1);
        assertThatThrownBy(() -> SystemAuthentication.run(() -> reports.sendAgain(interrupted.id())))
                .hasMessageContaining("Only a failed copy");
    }

    @Test
    void aReportInterruptedWhileBeingProducedLeavesNothingAndIsProducedOnceAfterARestart() throws Exception {
        HalfTermInfo halfTerm = halfTerm(2031, 6, 20);
        afterDue(halfTerm);
        Interruption.failing.set(true);

        assertThatThrownBy(() -> SystemAuthentication.call(schedule::produceDue)).hasMessageContaining("killed");
        assertThat(SystemAuthentication.call(() -> reports.issuedFor(halfTerm.id()))).isEmpty();
        assertThat(SystemAuthentication.call(() -> calendar.halfTerm(halfTerm.id()).orElseThrow().closed()))
                .isFalse();

        Interruption.failing.set(false);
        long id = SystemAuthentication.call(() -> schedule.produceDue().orElseThrow());
        SystemAuthentication.run(dispatch::sendDue);
        assertThat(SystemAuthentication.call(() -> schedule.produceDue())).isEmpty();
        assertThat(SystemAuthentication.call(() -> reports.issuedFor(halfTerm.id()))).contains(id);
        assertThat(receivedBy(members.get(0))).hasSize(1);
    }

    @Test
    void aReportDueWhileTandemWasDownIsProducedOnceWhenItIsBack() throws Exception {
        fixture.year(2034);
        HalfTermInfo halfTerm = halfTerm(2034, 9, 15);
        LocalDate lastWorkingDay = ReportSchedule.lastWorkingDay(halfTerm.end());
        clock.set(lastWorkingDay.atTime(LocalTime.of(16, 59)).atZone(clock.getZone()).toInstant());
        assertThat(SystemAuthentication.call(schedule::produceDue)).as("not yet due").isEmpty();

        // Down from 16:59 until three days later.
        clock.advance(Duration.ofDays(3));
        Optional<Long> produced = SystemAuthentication.call(schedule::produceDue);
        SystemAuthentication.run(dispatch::sendDue);
        clock.advance(Duration.ofMinutes(15));
        Optional<Long> again = SystemAuthentication.call(schedule::produceDue);
        SystemAuthentication.run(dispatch::sendDue);

        assertThat(produced).isPresent();
        assertThat(again).isEmpty();
        assertThat(receivedBy(members.get(1))).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from issued_report where half_term_id = ?", Long.class,
                halfTerm.id())).isEqualTo(1);
    }

    private static String describe(MimeMessage message) throws Exception {
        StringBuilder types = new StringBuilder();
        walk(message.getContent(), types);
        return types.toString();
    }

    private static void walk(Object content, StringBuilder types) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                types.append(multipart.getBodyPart(i).getContentType()).append('\n');
                walk(multipart.getBodyPart(i).getContent(), types);
            }
        }
    }

    /** A part that can make the report fail half-way, as if Tandem were killed while producing it. */
    @TestConfiguration
    static class Interruption {
        static final AtomicBoolean failing = new AtomicBoolean();

        @Bean
        ReportPart interruptingPart() {
            return context -> {
                if (failing.get()) {
                    throw new IllegalStateException("Tandem was killed while producing the report");
                }
                return List.of();
            };
        }
    }


}
