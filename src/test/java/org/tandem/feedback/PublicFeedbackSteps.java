package org.tandem.feedback;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;

/**
 * What the public asks of Tandem, as the statement-count test and the benchmark measure it: the first view of
 * the public page (the calls {@code PublicFeedbackView} makes while it is built and entered) and the two feeds
 * as the Local Offer website fetches them. Each step starts from an empty cache, as after a publish, so that it
 * measures the load; {@link #cached} measures the same call when the cache is warm.
 */
final class PublicFeedbackSteps {

    /** A named call; its result is how many entries (or characters of feed) it produced. */
    record Step(String name, Supplier<Integer> call) {

        int run() {
            return call.get();
        }
    }

    private PublicFeedbackSteps() {
    }

    static List<Step> of(PublicFeedback feedback, PublicFeeds feeds, ApplicationEventPublisher events) {
        return List.of(
                new Step("public page, first view", () -> {
                    forget(events);
                    return firstView(feedback);
                }),
                new Step("JSON feed (default 50)", () -> {
                    forget(events);
                    return entries(feeds.json(null, null, null, null).getBody());
                }),
                new Step("Atom feed (default 50)", () -> {
                    forget(events);
                    return entries(feeds.atom(null, null, null, null).getBody());
                }));
    }

    /** The same steps with the cache already filled: what every visitor but the first after a change costs. */
    static List<Step> cached(PublicFeedback feedback, PublicFeeds feeds) {
        return List.of(
                new Step("public page, first view (cached)", () -> firstView(feedback)),
                new Step("JSON feed (cached)", () -> entries(feeds.json(null, null, null, null).getBody())),
                new Step("Atom feed (cached)", () -> entries(feeds.atom(null, null, null, null).getBody())));
    }

    /**
     * As {@code PublicFeedbackView} is built and entered with no parameters: the themes and priorities for the
     * filters and the newest hundred, twice (once in the constructor, once in {@code beforeEnter}).
     */
    static int firstView(PublicFeedback feedback) {
        int shown = 0;
        for (int pass = 0; pass < 2; pass++) {
            feedback.themes();
            feedback.entries().stream().flatMap(e -> e.priorities().stream()).distinct().count();
            shown = feedback.search(new PublicQuery("", null, null, PublicQuery.MAX_LIMIT)).size();
        }
        return shown;
    }

    /** Drops the cache, as publishing or withdrawing does. */
    static void forget(ApplicationEventPublisher events) {
        events.publishEvent(new FeedbackPublicationChanged(0));
    }

    private static int entries(String body) {
        int count = 0;
        for (int at = body.indexOf("#entry-"); at >= 0; at = body.indexOf("#entry-", at + 1)) {
            count++;
        }
        return body.contains("<feed") ? count / 2 : count;
    }
}
