package org.tandem.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.tandem.bench.GeneratedPartnershipTest;
import org.tandem.bench.LargePartnership;
import org.tandem.bench.PublishedFeedback;
import org.tandem.support.SqlStatements;

/**
 * 5,000 published "you said, we did" entries: the public page's first view and both feeds must take under 100 ms
 * of server time at the median, loading from the database each time (as the first visitor after a publish or a
 * withdrawal does); the same calls from the cache are measured too. Runs only with {@code ./mvnw verify -Pbench};
 * prints a table for docs/performance.md and writes it to target/bench/public-feedback.md.
 */
class PublicFeedbackBenchmark extends GeneratedPartnershipTest {

    static final int PUBLISHED = 5_000;
    static final int WARM_UP_ROUNDS = 20;
    static final int MEASURED_ROUNDS = 50;
    static final double BUDGET_MS = 100;

    @Autowired
    PublicFeedback feedback;
    @Autowired
    PublicFeeds feeds;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void thePublicPageAndFeedsTakeUnder100msAtTheMedianWith5000PublishedEntries() throws IOException {
        LargePartnership.Generated partnership = generate(LargePartnership.Size.GROWN);
        PublishedFeedback.Generated published = PublishedFeedback.generate(jdbc, partnership, PUBLISHED);
        System.out.printf("Generated %,d published entries in %,d ms%n", PUBLISHED, published.took().toMillis());
        assertThat(feedback.entries()).hasSize(PUBLISHED);

        List<PublicFeedbackSteps.Step> steps = new ArrayList<>(PublicFeedbackSteps.of(feedback, feeds, events));
        steps.addAll(PublicFeedbackSteps.cached(feedback, feeds));
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            steps.forEach(PublicFeedbackSteps.Step::run);
        }
        // Rounds take the steps in turn, so a cached step finds what the step before it loaded.
        double[][] millis = new double[steps.size()][MEASURED_ROUNDS];
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            for (int s = 0; s < steps.size(); s++) {
                long started = System.nanoTime();
                steps.get(s).run();
                millis[s][round] = (System.nanoTime() - started) / 1e6;
            }
        }

        List<Figure> figures = new ArrayList<>();
        for (int s = 0; s < steps.size(); s++) {
            PublicFeedbackSteps.Step step = steps.get(s);
            SqlStatements.Counted<Integer> counted = SqlStatements.count(step::run);
            figures.add(Figure.of(step.name(), millis[s], counted.statements(), counted.result()));
        }
        String table = table(partnership, published, figures);
        System.out.println(table);
        Path report = Path.of("target", "bench", "public-feedback.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, table);

        SoftAssertions medians = new SoftAssertions();
        figures.forEach(figure -> medians.assertThat(figure.median()).as("median ms of " + figure.step())
                .isLessThan(BUDGET_MS));
        medians.assertAll();
    }

    private static String table(LargePartnership.Generated partnership, PublishedFeedback.Generated published,
            List<Figure> figures) {
        StringBuilder text = new StringBuilder();
        text.append("Public feedback benchmark, ").append(LocalDate.now()).append(": ")
                .append("%,d published entries (and %,d at other stages)".formatted(published.published(),
                        published.published() / 10))
                .append(" for ").append(partnership.size()).append(", entries generated in ")
                .append("%,d ms".formatted(published.took().toMillis())).append("; ").append(WARM_UP_ROUNDS)
                .append(" warm-up rounds, ").append(MEASURED_ROUNDS).append(" measured\n\n");
        text.append("| step | median ms | p90 ms | max ms | SQL statements | entries shown |\n");
        text.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (Figure figure : figures) {
            text.append("| %s | %.1f | %.1f | %.1f | %d | %d |%n".formatted(figure.step(), figure.median(),
                    figure.p90(), figure.max(), figure.statements(), figure.shown()));
        }
        return text.toString();
    }

    record Figure(String step, double median, double p90, double max, int statements, int shown) {

        static Figure of(String step, double[] millis, int statements, int shown) {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            double p90 = sorted[(int) Math.ceil(0.9 * n) - 1];
            return new Figure(step, median, p90, sorted[n - 1], statements, shown);
        }
    }
}
