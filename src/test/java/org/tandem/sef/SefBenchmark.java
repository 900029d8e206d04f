package org.tandem.sef;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.bench.GeneratedPartnershipTest;
import org.tandem.bench.LargePartnership;
import org.tandem.people.Role;
import org.tandem.support.SignIn;
import org.tandem.support.SqlStatements;

/**
 * The self-evaluation: 60 criteria, 2,000 evidence items and 5 editions on the grown partnership. The
 * overview (also the gap view), a criterion page and the library's first page must take under 100 ms of server
 * time at the median; the inspection pack under 3 s as PDF and as .docx. Runs only with {@code -Pbench}; writes
 * its table to target/bench/sef.md for docs/performance.md.
 */
class SefBenchmark extends GeneratedPartnershipTest {

    static final int WARM_UP_ROUNDS = 10;
    static final int MEASURED_ROUNDS = 30;

    @Autowired
    SefService sef;
    @Autowired
    EvidenceService evidence;
    @Autowired
    InspectionPackExport export;

    @Test
    void theOverviewCriterionAndLibraryTakeUnder100msAndThePackUnder3sAtTheMedian() throws IOException {
        LargePartnership.Generated partnership = generate(LargePartnership.Size.GROWN);
        SefBenchData.Sef generated = SefBenchData.generate(jdbc, partnership.today(), partnership.actionIds(), 60,
                2_000, 5);
        assertThat(jdbc.queryForObject("select count(*) from sef_evidence", Integer.class)).isEqualTo(2_000);
        SignIn.as(partnership.admin(), Role.ADMIN);
        Map<String, IntSupplier> steps = new LinkedHashMap<>();
        steps.put("overview and gap view", () -> sef.overview(generated.current()).withGaps().size());
        steps.put("criterion page", () -> sef.criterion(generated.typicalEvaluationId()).evidence().size());
        steps.put("evidence library page", () -> evidence.list(EvidenceFilter.none(),
                org.springframework.data.domain.PageRequest.of(0, 50)).getNumberOfElements());
        steps.put("inspection pack PDF", () -> export.pdf(generated.current()).length);
        steps.put("inspection pack .docx", () -> export.docx(generated.current()).length);
        StringBuilder table = new StringBuilder("SEF benchmark, " + LocalDate.now() + ": 60 criteria, 2,000 "
                + "evidence items, 5 editions on the grown partnership; " + WARM_UP_ROUNDS + " warm-up rounds, "
                + MEASURED_ROUNDS + " measured\n\n"
                + "| step | median ms | p90 ms | max ms | median CPU ms | SQL statements | budget ms |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        SoftAssertions medians = new SoftAssertions();
        for (Map.Entry<String, IntSupplier> step : steps.entrySet()) {
            boolean pack = step.getKey().startsWith("inspection");
            int warm = pack ? 2 : WARM_UP_ROUNDS;
            int rounds = pack ? 6 : MEASURED_ROUNDS;
            for (int round = 0; round < warm; round++) {
                step.getValue().getAsInt();
            }
            double[] millis = new double[rounds];
            double[] cpu = new double[rounds];
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int round = 0; round < rounds; round++) {
                long started = System.nanoTime();
                long cpuStarted = threads.getCurrentThreadCpuTime();
                step.getValue().getAsInt();
                millis[round] = (System.nanoTime() - started) / 1e6;
                cpu[round] = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e6;
            }
            Arrays.sort(millis);
            Arrays.sort(cpu);
            // On the shared 2-core machine the wall-clock median mostly measures the other sessions' load; the
            // thread's own CPU time says what the step costs.
            double cpuMedian = (cpu[rounds / 2 - 1] + cpu[rounds / 2]) / 2;
            double median = (millis[rounds / 2 - 1] + millis[rounds / 2]) / 2;
            double p90 = millis[(int) Math.ceil(0.9 * rounds) - 1];
            int statements = SqlStatements.count(() -> step.getValue().getAsInt()).statements();
            double budget = pack ? 3_000 : 100;
            table.append("| %s | %.1f | %.1f | %.1f | %.1f | %d | %.0f |%n".formatted(step.getKey(), median, p90,
                    millis[rounds - 1], cpuMedian, statements, budget));
            medians.assertThat(median).as("median ms of " + step.getKey()).isLessThan(budget);
        }
        System.out.println(table);
        Path report = Path.of("target", "bench", "sef.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, table.toString());
        medians.assertAll();
    }
}
