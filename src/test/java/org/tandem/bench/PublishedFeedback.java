package org.tandem.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tandem.feedback.ResponseKind;
import org.tandem.feedback.Stage;
import org.tandem.feedback.StepKind;
import org.tandem.feedback.VoiceGroup;

/**
 * Adds "you said, we did" feedback to a {@link LargePartnership}, straight into the Flyway tables in multi-row
 * inserts: {@code published} items with their public wording, one to three themes, up to two of the
 * partnership's priorities and the five steps of their timeline (logged, assigned, drafted, agreed, published);
 * and one item in ten as many again at other stages (withdrawn, agreed, logged), which the public must never see.
 * The Envers tables are left empty: nothing public reads them. A fixed seed gives the same items every time.
 */
public final class PublishedFeedback {

    private static final long SEED = 20_404;
    /** The channels and themes that V9__feedback_lists.sql starts with, by code, label and slug. */
    private static final List<List<String>> CHANNELS = List.of(List.of("FORUM_MEETING", "Forum meeting"),
            List.of("SURVEY", "Survey"), List.of("EVENT", "Event"),
            List.of("YOUNG_PEOPLES_GROUP", "Young people's group"), List.of("SENDIASS", "SENDIASS"),
            List.of("COMPLAINTS_THEME", "Complaints theme"), List.of("OTHER", "Other"));
    private static final List<List<String>> THEMES = List.of(List.of("EHC_PLANS", "EHC plans", "ehc-plans"),
            List.of("COMMUNICATION", "Communication", "communication"),
            List.of("TRANSPORT", "Transport", "transport"),
            List.of("MENTAL_HEALTH", "Mental health", "mental-health"),
            List.of("SHORT_BREAKS", "Short breaks", "short-breaks"),
            List.of("PREPARING_FOR_ADULTHOOD", "Preparing for adulthood", "preparing-for-adulthood"),
            List.of("OTHER", "Other", "other"));
    private static final List<String> SAID = List.of("the forms for school transport are long and hard to follow",
            "waiting for an EHC needs assessment felt like nobody was listening",
            "short breaks in the holidays fill up before families hear about them",
            "letters use words that parents do not understand",
            "young people want to be asked before their annual review, not after",
            "it is hard to find out who to ring when a plan is late",
            "mental health support stops when a young person turns eighteen",
            "the Local Offer pages on preparing for adulthood are out of date");
    private static final List<String> DID = List.of("we rewrote the form with families and cut it to two pages",
            "we now send a letter every four weeks saying where the assessment is up to",
            "we publish the holiday programme six weeks earlier and text every family on the list",
            "we checked every standard letter with the parent carer forum for plain English",
            "every annual review now starts with the young person's own page",
            "each plan now names one contact with a direct phone line",
            "we are agreeing a joint pathway with adult services, to start next year",
            "we could not fund a new post this year, so the pages are reviewed each term by the team");

    /** What the tests need: the published items' ids, newest first, and an agreed item ready to publish. */
    public record Generated(int published, List<Long> publishedIds, long agreedId, Duration took) {
    }

    private final JdbcTemplate jdbc;
    private final LargePartnership.Generated partnership;
    private final Random random = new Random(SEED);

    private PublishedFeedback(JdbcTemplate jdbc, LargePartnership.Generated partnership) {
        this.jdbc = jdbc;
        this.partnership = partnership;
    }

    /** Writes {@code published} published items (and a tenth as many others) for {@code partnership}. */
    public static Generated generate(JdbcTemplate jdbc, LargePartnership.Generated partnership, int published) {
        Integer existing = jdbc.queryForObject("select count(*) from feedback_item", Integer.class);
        if (existing == null || existing > 0) {
            throw new IllegalStateException("The database already holds feedback; generate into an empty one");
        }
        long started = System.nanoTime();
        lists(jdbc);
        Generated generated = new PublishedFeedback(jdbc, partnership).write(published);
        for (String table : List.of("feedback_item", "feedback_theme", "feedback_priority", "feedback_step")) {
            jdbc.execute("analyze table " + table);
        }
        return new Generated(generated.published(), generated.publishedIds(), generated.agreedId(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** Emptying the database took the lists the migration starts with; the items' codes refer to them. */
    private static void lists(JdbcTemplate jdbc) {
        Integer channels = jdbc.queryForObject("select count(*) from feedback_channel", Integer.class);
        if (channels == null || channels == 0) {
            for (int i = 0; i < CHANNELS.size(); i++) {
                jdbc.update("insert into feedback_channel (code, label, display_order, active, version) "
                        + "values (?, ?, ?, true, 0)", CHANNELS.get(i).get(0), CHANNELS.get(i).get(1), i + 1);
            }
        }
        Integer themes = jdbc.queryForObject("select count(*) from feedback_theme_tag", Integer.class);
        if (themes == null || themes == 0) {
            for (int i = 0; i < THEMES.size(); i++) {
                jdbc.update("insert into feedback_theme_tag (code, label, slug, display_order, active, version) "
                        + "values (?, ?, ?, ?, true, 0)", THEMES.get(i).get(0), THEMES.get(i).get(1),
                        THEMES.get(i).get(2), i + 1);
            }
        }
    }

    private Generated write(int published) {
        int others = Math.max(3, published / 10);
        List<Long> publishedIds = new ArrayList<>();
        long agreedId = -1;
        Instant newest = LargePartnership.noon(partnership.today().minusDays(1));
        try (BulkInsert items = new BulkInsert(jdbc, "feedback_item", "id", "what_was_said", "said_on", "channel",
                "voice_group", "people_count", "logged_by", "logged_at", "stage", "organisation_id", "officer_id",
                "response_kind", "response_text", "could_not_reason", "public_you_said", "public_we_did",
                "published_at", "withdrawn_reason", "version");
                BulkInsert themes = new BulkInsert(jdbc, "feedback_theme", "feedback_id", "theme").referring(items);
                BulkInsert priorities = new BulkInsert(jdbc, "feedback_priority", "feedback_id", "priority_id")
                        .referring(items);
                BulkInsert steps = new BulkInsert(jdbc, "feedback_step", "feedback_id", "kind", "taken_by",
                        "taken_at", "note").referring(items)) {
            for (int i = 0; i < published + others; i++) {
                long id = i + 1;
                Stage stage = i < published ? Stage.PUBLISHED
                        : switch ((i - published) % 3) {
                            case 0 -> Stage.WITHDRAWN;
                            case 1 -> Stage.AGREED;
                            default -> Stage.LOGGED;
                        };
                // Published a few hours apart, newest first by id, across about two years for 5,000.
                Instant publishedAt = newest.minus(Duration.ofHours(3L * i));
                Instant loggedAt = publishedAt.minus(Duration.ofDays(40 + random.nextInt(60)));
                LocalDate saidOn = LocalDate.ofInstant(loggedAt, java.time.ZoneOffset.UTC).minusDays(3);
                int s = random.nextInt(SAID.size());
                ResponseKind kind = s == SAID.size() - 1 ? ResponseKind.COULD_NOT_DO
                        : s == SAID.size() - 2 ? ResponseKind.IN_PROGRESS : ResponseKind.DONE;
                boolean answered = stage != Stage.LOGGED;
                String youSaid = "You told us " + SAID.get(s) + " (" + id + ").";
                String weDid = capitalised(DID.get(s)) + ".";
                items.row(id, "At the forum: " + SAID.get(s) + ", and several families agreed.", saidOn,
                        pick(CHANNELS).get(0), pick(VoiceGroup.values()), 1 + random.nextInt(40),
                        partnership.admin(), loggedAt, stage, answered ? 1L : null, null,
                        answered ? kind : null, answered ? weDid : null,
                        answered && kind == ResponseKind.COULD_NOT_DO ? "The budget for new posts is spent." : null,
                        answered ? youSaid : null, answered ? weDid : null,
                        stage == Stage.PUBLISHED || stage == Stage.WITHDRAWN ? publishedAt : null,
                        stage == Stage.WITHDRAWN ? "Replaced by a newer entry." : null, 0);
                List<List<String>> all = new ArrayList<>(THEMES);
                java.util.Collections.shuffle(all, random);
                for (List<String> theme : all.subList(0, 1 + random.nextInt(3))) {
                    themes.row(id, theme.get(0));
                }
                List<Long> priorityIds = new ArrayList<>(partnership.priorityIds());
                java.util.Collections.shuffle(priorityIds, random);
                for (long priority : priorityIds.subList(0, Math.min(priorityIds.size(), random.nextInt(3)))) {
                    priorities.row(id, priority);
                }
                steps.row(id, StepKind.LOGGED, partnership.admin(), loggedAt, null);
                if (answered) {
                    steps.row(id, StepKind.ASSIGNED, partnership.admin(), loggedAt.plus(Duration.ofDays(2)), null);
                    steps.row(id, StepKind.RESPONSE_DRAFTED, partnership.lead(), loggedAt.plus(Duration.ofDays(20)),
                            kind.label());
                    steps.row(id, StepKind.AGREED, partnership.admin(), loggedAt.plus(Duration.ofDays(30)), null);
                }
                if (stage == Stage.PUBLISHED || stage == Stage.WITHDRAWN) {
                    steps.row(id, StepKind.PUBLISHED, partnership.admin(), publishedAt, null);
                }
                if (stage == Stage.WITHDRAWN) {
                    steps.row(id, StepKind.WITHDRAWN, partnership.admin(), publishedAt.plus(Duration.ofDays(1)),
                            "Replaced by a newer entry.");
                }
                if (stage == Stage.PUBLISHED) {
                    publishedIds.add(id);
                } else if (stage == Stage.AGREED && agreedId < 0) {
                    agreedId = id;
                }
            }
        }
        return new Generated(published, List.copyOf(publishedIds), agreedId, Duration.ZERO);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
