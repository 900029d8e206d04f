package org.tandem.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.Element;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.tandem.feedback.FeedbackPublicationChanged;
import org.tandem.feedback.PublicFeedback;
import org.tandem.feedback.ui.PublicPageProbe;
import org.tandem.people.Role;
import org.tandem.people.SystemAuthentication;
import org.tandem.reminder.ReminderSource;
import org.tandem.reminder.WaitingWork;
import org.tandem.shared.TandemProperties;
import org.tandem.support.SignIn;

/**
 * The two heaviest steps of the load test (issue 15), on the load test's data (the large partnership with 400
 * published items) and a register of 40 risks: what waits for a lead, a board member and a forum rep on their
 * home page, source by source, and building the public "you said, we did" page, with the number of elements it
 * sends to the browser.
 * Runs only with {@code ./mvnw verify -Pbench -Dtest=HomeAndPublicPageBenchmark}; writes target/bench/home.md.
 */
class HomeAndPublicPageBenchmark extends GeneratedPartnershipTest {

    static final int WARM_UP_ROUNDS = 10;
    static final int MEASURED_ROUNDS = 30;
    static final double BUDGET_MS = 100;

    @Autowired
    WaitingWork waiting;
    @Autowired
    List<ReminderSource> sources;
    @Autowired
    PublicFeedback feedback;
    @Autowired
    TandemProperties properties;
    @Autowired
    ApplicationEventPublisher events;

    record Step(String name, Supplier<Integer> run) {
    }

    record Figure(String step, double median, double p90, double max, double cpuMedian, int shown) {
    }

    @Test
    void homesWaitingWorkAndThePublicPageTakeUnder100msAtTheMedian() throws IOException {
        LargePartnership.Generated partnership = generate(LargePartnership.Size.LARGE);
        PublishedFeedback.generate(jdbc, partnership, 400);
        RiskRegisterData.generate(jdbc, partnership, 40, 3, 0);
        // What the public sees is held in memory: the items were written behind its back.
        events.publishEvent(new FeedbackPublicationChanged(0));
        LocalDate today = partnership.today();

        List<Step> steps = new ArrayList<>();
        for (Role role : List.of(Role.WORKSTREAM_LEAD, Role.BOARD_MEMBER, Role.FORUM_REP)) {
            String username = role == Role.WORKSTREAM_LEAD ? partnership.lead() : jdbc.queryForObject("""
                    select min(u.username) from user_account u join user_role r on r.user_id = u.id
                    where r.role = ?""", String.class, role.name());
            long id = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
            for (ReminderSource source : sources) {
                String name = source.getClass().getSimpleName().replaceAll("\\$.*", "");
                steps.add(new Step(role.label() + ": " + name,
                        () -> SystemAuthentication.call(() -> source.waitingFor(id, today)).size()));
            }
            steps.add(new Step(role.label() + ": home's waiting work, all sources", () -> {
                SignIn.as(username, role);
                try {
                    return waiting.forMe().stream().mapToInt(group -> group.items().size()).sum();
                } finally {
                    SignIn.out();
                }
            }));
        }
        // The entries travel as one element's HTML (issue 15), so the state nodes sent stay few; the entries are
        // counted in that HTML.
        int[] entries = new int[1];
        steps.add(new Step("Public page: built (state nodes sent)", () -> {
            Element page = PublicPageProbe.open(feedback, properties);
            entries[0] = PublicPageProbe.entries(page);
            return elements(page);
        }));

        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            steps.forEach(step -> step.run().get());
        }
        // Wall time, and this thread's CPU time, which the other sessions on a shared machine disturb far less
        // (the database's own work is in MariaDB, not in it).
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] millis = new double[steps.size()][MEASURED_ROUNDS];
        double[][] cpu = new double[steps.size()][MEASURED_ROUNDS];
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            for (int s = 0; s < steps.size(); s++) {
                long started = System.nanoTime();
                long cpuStarted = threads.getCurrentThreadCpuTime();
                steps.get(s).run().get();
                cpu[s][round] = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e6;
                millis[s][round] = (System.nanoTime() - started) / 1e6;
            }
        }
        List<Figure> figures = new ArrayList<>();
        for (int s = 0; s < steps.size(); s++) {
            double[] sorted = millis[s].clone();
            Arrays.sort(sorted);
            double[] cpuSorted = cpu[s].clone();
            Arrays.sort(cpuSorted);
            figures.add(new Figure(steps.get(s).name(), sorted[sorted.length / 2],
                    sorted[(int) Math.ceil(sorted.length * 0.9) - 1], sorted[sorted.length - 1],
                    cpuSorted[cpuSorted.length / 2], steps.get(s).run().get()));
        }
        StringBuilder table = new StringBuilder("Home and public page benchmark, " + LocalDate.now() + ": "
                + partnership.size() + ", 400 published items; " + WARM_UP_ROUNDS + " warm-up rounds, "
                + MEASURED_ROUNDS + " measured\n\n| step | median ms | p90 ms | max ms | CPU ms (median) | items or "
                + "elements |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
        figures.forEach(f -> table.append("| %s | %.1f | %.1f | %.1f | %.1f | %d |%n".formatted(f.step(),
                f.median(), f.p90(), f.max(), f.cpuMedian(), f.shown())));
        System.out.println(table);
        Path report = Path.of("target", "bench", "home.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, table);

        assertThat(entries[0]).as("the public page shows as many entries as the feeds list").isEqualTo(50);
        SoftAssertions medians = new SoftAssertions();
        figures.stream().filter(f -> f.step().contains("all sources") || f.step().startsWith("Public"))
                .forEach(f -> medians.assertThat(f.median()).as("median ms of " + f.step()).isLessThan(BUDGET_MS));
        medians.assertAll();
    }

    /** Elements and text nodes under {@code element}: each is a node of Flow's state tree, sent as JSON. */
    private static int elements(Element element) {
        return 1 + element.getChildren().mapToInt(HomeAndPublicPageBenchmark::elements).sum();
    }
}
