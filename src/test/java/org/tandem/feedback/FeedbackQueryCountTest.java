package org.tandem.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.tandem.bench.GeneratedPartnershipTest;
import org.tandem.bench.LargePartnership;
import org.tandem.bench.PublishedFeedback;
import org.tandem.people.Role;
import org.tandem.support.SignIn;
import org.tandem.support.SqlStatements;

/**
 * The public page and the feeds run as many SQL statements with 100 published entries as with ten times as many,
 * and once loaded they run none until something is published or withdrawn.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackQueryCountTest extends GeneratedPartnershipTest {

    static final int SMALL = 100;
    static final int GROWN = 1_000;

    @Autowired
    PublicFeedback feedback;
    @Autowired
    PublicFeeds feeds;
    @Autowired
    FeedbackService service;
    @Autowired
    ApplicationEventPublisher events;

    private final Map<String, SqlStatements.Counted<Integer>> small = new LinkedHashMap<>();
    private final Map<String, SqlStatements.Counted<Integer>> grown = new LinkedHashMap<>();
    private LargePartnership.Generated partnership;
    private PublishedFeedback.Generated published;

    @BeforeAll
    void countWithAHundredPublishedEntriesThenWithTenTimesAsMany() {
        count(LargePartnership.Size.SMALL, SMALL, small);
        count(LargePartnership.Size.GROWN, GROWN, grown);
        System.out.println("SQL statements per step (entries shown), " + SMALL + " -> " + GROWN + " published:");
        small.forEach((step, counted) -> System.out.printf("  %-28s %3d (%3d) -> %3d (%3d)%n", step,
                counted.statements(), counted.result(), grown.get(step).statements(), grown.get(step).result()));
    }

    @Test
    void thePublicPageFirstViewRunsAsManyStatementsOnTenTimesTheEntries() {
        assertSameCount("public page, first view");
    }

    @Test
    void theJsonFeedRunsAsManyStatementsOnTenTimesTheEntries() {
        assertSameCount("JSON feed (default 50)");
    }

    @Test
    void theAtomFeedRunsAsManyStatementsOnTenTimesTheEntries() {
        assertSameCount("Atom feed (default 50)");
    }

    @Test
    void aSecondCallOfEachFeedAndOfThePageRunsNoStatements() {
        PublicFeedbackSteps.forget(events);
        feeds.json(null, null, null, null);
        for (PublicFeedbackSteps.Step step : PublicFeedbackSteps.cached(feedback, feeds)) {
            assertThat(SqlStatements.count(step::run).statements()).as(step.name()).isZero();
        }
    }

    @Test
    void withdrawingAnEntryRefreshesTheFeedsAtTheNextCall() {
        long newest = feedback.entries().getFirst().id();
        assertThat(SqlStatements.count(() -> feeds.json(null, null, null, null)).statements()).isZero();

        SignIn.as(partnership.admin(), Role.ADMIN);
        service.withdraw(newest, versionOf(newest), "Replaced by a newer entry.");
        SignIn.out();

        var reloaded = SqlStatements.count(() -> feeds.json(null, null, null, null).getBody());
        assertThat(reloaded.statements()).as("statements to reload").isPositive();
        assertThat(reloaded.result()).doesNotContain("\"id\":" + newest + ",");
        assertThat(SqlStatements.count(() -> feeds.atom(null, null, null, null)).statements()).isZero();
    }

    @Test
    void publishingAnEntryRefreshesTheFeedsAtTheNextCall() {
        feeds.atom(null, null, null, null);
        assertThat(SqlStatements.count(() -> feeds.atom(null, null, null, null)).statements()).isZero();

        SignIn.as(partnership.admin(), Role.ADMIN);
        service.publish(published.agreedId(), versionOf(published.agreedId()), Set.of());
        SignIn.out();

        var reloaded = SqlStatements.count(() -> feeds.atom(null, null, null, null).getBody());
        assertThat(reloaded.statements()).as("statements to reload").isPositive();
        assertThat(reloaded.result()).contains("#entry-" + published.agreedId() + "<");
        assertThat(feedback.entries().getFirst().id()).isEqualTo(published.agreedId());
    }

    private long versionOf(long id) {
        return jdbc.queryForObject("select version from feedback_item where id = ?", Long.class, id);
    }

    private void count(LargePartnership.Size size, int entries, Map<String, SqlStatements.Counted<Integer>> into) {
        partnership = generate(size);
        published = PublishedFeedback.generate(jdbc, partnership, entries);
        System.out.printf("Generated %,d published entries in %,d ms%n", entries, published.took().toMillis());
        for (PublicFeedbackSteps.Step step : PublicFeedbackSteps.of(feedback, feeds, events)) {
            step.run();
            into.put(step.name(), SqlStatements.count(step::run));
        }
        assertThat(feedback.entries()).hasSize(entries);
    }

    private void assertSameCount(String step) {
        assertThat(grown.get(step).statements())
                .as("%s: statements with %d and with %d published entries; with %d:%n%s", step, SMALL, GROWN,
                        GROWN, String.join("\n", grown.get(step).sql()))
                .isEqualTo(small.get(step).statements());
        assertThat(grown.get(step).result()).as("entries shown").isPositive();
    }
}
