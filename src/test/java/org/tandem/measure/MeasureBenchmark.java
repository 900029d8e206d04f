package org.tandem.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.people.InitialPeople;
import org.tandem.people.Role;
import org.tandem.people.SystemAuthentication;
import org.tandem.people.UserService;
import org.tandem.report.ReportIssued;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;
import org.tandem.support.SignIn;
import org.tandem.support.SqlStatements;
import org.tandem.support.StatementCounting;

/**
 * The budget: with 60 measures holding 10 years of half-termly values and a benchmark a year, the
 * dashboard and a measure page (each with its charts drawn, as the browser asks for them) take a median under
 * 100 ms, and the public progress page under 20 ms once cached. Runs only with {@code -Pbench}; prints the
 * figures and writes them to target/bench/measures.md.
 */
@Import(StatementCounting.class)
class MeasureBenchmark extends IntegrationTest {

    static final int MEASURES = 60;
    static final int YEARS = 10;
    static final int ROUNDS = 15;

    @Autowired
    MeasureService service;
    @Autowired
    PublicProgress progress;
    @Autowired
    MeasureValues values;
    @Autowired
    Benchmarks benchmarks;
    @Autowired
    Measures measures;
    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;
    @Autowired
    MutableClock clock;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theDashboardAMeasurePageAndThePublicPageKeepWithinTheirBudgets() throws IOException {
        clock.setDate(MeasureFixture.TODAY);
        MeasureFixture given = new MeasureFixture(people, users, service);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < MEASURES; i++) {
            MeasureDraft draft = given.draft("Bench");
            draft.setPublishable(true);
            long id = given.defined(draft);
            ids.add(id);
            List<MeasureValue> list = new ArrayList<>();
            Period period = MeasureFixture.SPRING_1;
            for (int v = 0; v < YEARS * 6; v++) {
                MeasureValue value = new MeasureValue(id, period);
                value.record(30 + (v * 7 + i) % 50, null, null, true, "", "bench", Instant.EPOCH);
                list.add(value);
                period = Frequency.HALF_TERMLY.previous(period);
            }
            values.saveAll(list);
            for (int y = 0; y < YEARS; y++) {
                Benchmark mark = new Benchmark(id, 2053 - y);
                mark.fill(50.0 + y, 51.0, 49.0, 45.0, "Bench", LocalDate.of(2053, 1, 1));
                benchmarks.save(mark);
            }
        }
        SignIn.as(given.board.username(), Role.BOARD_MEMBER);
        long firstDrawing = System.nanoTime();
        service.dashboard(MeasureFilter.none()).forEach(g -> g.measures().forEach(m -> MeasureCharts.svg(
                m.chart().recent(12), 280, 110)));
        firstDrawing = (System.nanoTime() - firstDrawing) / 1_000_000;
        long[] dashboard = time(() -> {
            List<PriorityMeasures> shown = service.dashboard(MeasureFilter.none());
            shown.forEach(g -> g.measures().forEach(m -> MeasureCharts.svg(m.chart().recent(12), 280, 110)));
            return shown;
        });
        long[] data = time(() -> service.dashboard(MeasureFilter.none()));
        long[] page = time(() -> {
            MeasureDetails details = service.details(ids.getFirst());
            return MeasureCharts.svg(details.summary().chart(), 720, 360);
        });
        int dashboardStatements = SqlStatements.count(() -> service.dashboard(MeasureFilter.none())).statements();
        int pageStatements = SqlStatements.count(() -> service.details(ids.getFirst())).statements();
        SignIn.out();
        SystemAuthentication.run(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            ReportIssued issued = new ReportIssued(8_000_000L + System.nanoTime() % 1_000_000, 1,
                    MeasureFixture.latestSnapshotTime());
            progress.keep(issued);
            progress.forget(issued);
        }));
        progress.page();
        long[] publicPage = time(() -> {
            ProgressPage shown = progress.page().orElseThrow();
            for (int p = 0; p < shown.priorities().size(); p++) {
                for (int m = 0; m < shown.priorities().get(p).measures().size(); m++) {
                    progress.chart(p, m);
                }
            }
            return progress.feed();
        });
        String report = """
                ## Measures of success (MeasureBenchmark)

                %d measures added (%d in the database), %d years of half-termly values each (%,d values), a
                benchmark a year, all publishable; %d rounds after
                one warm-up (which draws the charts); charts as SVG, as the browser asks for them. First drawing of
                all %d small charts: %d ms.

                | step | median ms | max ms | SQL statements |
                | --- | --- | --- | --- |
                | dashboard, data only | %d | %d | %d |
                | dashboard with %d small charts (drawn once, then from the cache) | %d | %d | %d |
                | a measure page with its chart | %d | %d | %d |
                | public progress page, cached (page, charts, feed) | %d | %d | 0 after the first |
                """.formatted(MEASURES, measures.count(), YEARS, MEASURES * YEARS * 6, ROUNDS, MEASURES, firstDrawing, median(data),
                max(data), dashboardStatements, MEASURES, median(dashboard), max(dashboard), dashboardStatements, median(page), max(page), pageStatements, median(publicPage),
                max(publicPage));
        System.out.println(report);
        Path out = Path.of("target", "bench", "measures.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        clock.reset();
    }

    private static long[] time(Supplier<?> step) {
        step.get();
        long[] times = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            step.get();
            times[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(times);
        return times;
    }

    private static long median(long[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static long max(long[] sorted) {
        return sorted[sorted.length - 1];
    }
}
