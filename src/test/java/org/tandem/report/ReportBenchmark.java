package org.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tandem.bench.GeneratedPartnershipTest;
import org.tandem.bench.LargePartnership;
import org.tandem.bench.PublishedFeedback;
import org.tandem.calendar.CalendarService;
import org.tandem.calendar.HalfTermInfo;
import org.tandem.people.SystemAuthentication;

/**
 * The issue's report budget: for 12 priorities, 300 actions and 500 feedback entries (the risk module is not built
 * yet, so there are no risks to report), the report, HTML and PDF, is produced in under 5 seconds with under
 * 300 MB of extra heap, and its e-mails go out at 10 or more a second to a real SMTP server (GreenMail). Runs only
 * with {@code ./mvnw verify -Pbench}; prints the figures and writes them to target/bench/report.md.
 */
class ReportBenchmark extends GeneratedPartnershipTest {

    static final ServerSetup SMTP = new ServerSetup(3225, null, ServerSetup.PROTOCOL_SMTP);
    static final int EXTRA_RECIPIENTS = 200;
    static final int ROUNDS = 7;

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(SMTP).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", SMTP::getPort);
        registry.add("tandem.report.extra-recipients", () -> IntStream.rangeClosed(1, EXTRA_RECIPIENTS)
                .mapToObj(i -> "reader-" + i + "@bench.example").collect(Collectors.joining(",")));
    }

    @Autowired
    ReportProduction production;
    @Autowired
    ReportRenderer renderer;
    @Autowired
    ReportDispatch dispatch;
    @Autowired
    CalendarService calendar;

    @Test
    void theReportIsProducedInUnderFiveSecondsAndItsEmailsGoOutAtTenASecond() throws Exception {
        LargePartnership.Generated partnership = generate(LargePartnership.Size.GROWN);
        PublishedFeedback.generate(jdbc, partnership, 500);
        HalfTermInfo halfTerm = SystemAuthentication.call(() -> calendar.halfTerm(partnership.currentHalfTermId())
                .orElseThrow());

        SystemAuthentication.run(() -> renderer.render(production.preview(halfTerm), "https://bench.example"));
        double[] millis = new double[ROUNDS];
        long[] extraHeap = new long[ROUNDS];
        long[] allocated = new long[ROUNDS];
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        int pdfBytes = 0;
        int pages = 0;
        for (int round = 0; round < ROUNDS; round++) {
            System.gc();
            long before = heapUsed();
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long started = System.nanoTime();
            ReportRenderer.Rendered rendered = SystemAuthentication.call(() -> renderer.render(
                    production.preview(halfTerm), "https://bench.example"));
            millis[round] = (System.nanoTime() - started) / 1e6;
            allocated[round] = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
            System.gc();
            extraHeap[round] = heapUsed() - before;
            pdfBytes = rendered.pdf().length;
            pages = org.apache.pdfbox.Loader.loadPDF(rendered.pdf()).getNumberOfPages();
        }

        long issueStarted = System.nanoTime();
        long reportId = SystemAuthentication.call(() -> production.issue(halfTerm.id()));
        double issueMillis = (System.nanoTime() - issueStarted) / 1e6;
        int recipients = jdbc.queryForObject("select count(*) from report_delivery where report_id = ?",
                Integer.class, reportId);
        long sendStarted = System.nanoTime();
        int sent = SystemAuthentication.call(dispatch::sendDue);
        double sendSeconds = (System.nanoTime() - sendStarted) / 1e9;
        double perSecond = sent / sendSeconds;

        Arrays.sort(millis);
        long worstHeap = Arrays.stream(extraHeap).max().orElse(0);
        long mostAllocated = Arrays.stream(allocated).max().orElse(0);
        String table = """
                Report benchmark, %s: %s; 500 published feedback entries (and 50 at other stages); no risks (module \
                not built); %d rounds after one warm-up

                | figure | value |
                | --- | ---: |
                | compose + render page, e-mail and PDF: median | %.0f ms |
                | compose + render: slowest | %.0f ms |
                | everything allocated while producing it (worst round; an upper bound of the extra heap) | %,d MB |
                | heap still held afterwards, with the result (worst round) | %,d MB |
                | PDF size | %,d KB, %d pages |
                | issue (compose, render, store, list copies, close the half-term) | %.0f ms |
                | e-mails sent to GreenMail | %d of %d copies in %.1f s |
                | e-mails per second | %.1f |
                """.formatted(LocalDate.now(), partnership.size(), ROUNDS, millis[ROUNDS / 2], millis[ROUNDS - 1],
                mostAllocated / (1024 * 1024), worstHeap / (1024 * 1024), pdfBytes / 1024, pages, issueMillis, sent, recipients, sendSeconds, perSecond);
        System.out.println(table);
        Path report = Path.of("target", "bench", "report.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, table);

        assertThat(greenMail.getReceivedMessages()).hasSize(sent);
        assertThat(millis[ROUNDS / 2]).as("median ms to produce the report").isLessThan(5_000);
        assertThat(mostAllocated).as("bytes allocated: at most the extra heap").isLessThan(300L * 1024 * 1024);
        assertThat(perSecond).as("e-mails a second").isGreaterThanOrEqualTo(10);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }

    private static long heapUsed() {
        return heapPools().stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }

}
