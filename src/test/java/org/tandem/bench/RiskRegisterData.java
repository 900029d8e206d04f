package org.tandem.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A risk register on top of a generated partnership, written straight to the tables: risks owned by its people
 * and linked to its actions, a number of reviews each, and the snapshots of a number of issued reports.
 */
public final class RiskRegisterData {

    private static final String[] CATEGORIES = {"HIGH_NEEDS_FUNDING", "SUFFICIENCY", "WORKFORCE",
            "STATUTORY_TIMELINESS", "SAFEGUARDING", "REPUTATION", "DATA_SHARING", "OTHER"};
    private static final String[] LEVELS = {"WORKSTREAM", "STEERING_GROUP", "BOARD"};

    private RiskRegisterData() {
    }

    /** The generated register's size, and a typical risk to open. */
    public record Register(int risks, int reviews, int reports, long typicalRiskId) {
    }

    public static Register generate(JdbcTemplate jdbc, LargePartnership.Generated partnership, int risks,
            int reviewsPerRisk, int reports) {
        settings(jdbc);
        Random random = new Random(25);
        List<Long> owners = jdbc.queryForList("select id from user_account order by id", Long.class);
        long firstRisk = next(jdbc, "risk");
        long firstReview = next(jdbc, "risk_review");
        long firstSnapshot = next(jdbc, "risk_snapshot");
        LocalDate today = partnership.today();
        Instant raised = today.minusYears(2).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<long[]> scores = new ArrayList<>();
        try (BulkInsert risk = new BulkInsert(jdbc, "risk", "id", "reference", "title", "cause", "risk_event",
                "consequence", "category", "owner_id", "inherent_likelihood", "inherent_impact", "controls",
                "residual_likelihood", "residual_impact", "residual_score", "target_likelihood", "target_impact",
                "response", "risk_level", "confidential", "status", "next_review_on", "previous_score", "raised_by",
                "raised_at", "version");
                BulkInsert actions = new BulkInsert(jdbc, "risk_action", "risk_id", "action_id").referring(risk);
                BulkInsert reviews = new BulkInsert(jdbc, "risk_review", "id", "risk_id", "reviewed_on",
                        "reviewer_id", "reviewer_name", "likelihood", "impact", "previous_score", "commentary",
                        "next_review_on", "recorded_at").referring(risk);
                BulkInsert snapshots = new BulkInsert(jdbc, "risk_snapshot", "id", "report_id", "half_term_id",
                        "risk_id", "taken_at", "likelihood", "impact", "risk_level").referring(risk)) {
            long reviewId = firstReview;
            for (int r = 0; r < risks; r++) {
                long id = firstRisk + r;
                int likelihood = 1 + random.nextInt(5);
                int impact = 1 + random.nextInt(5);
                risk.row(id, "B-" + id, "Generated risk " + id, "A cause", "Something might happen",
                        "Children would wait", CATEGORIES[r % CATEGORIES.length], owners.get(r % owners.size()), 5,
                        5, "Controls", likelihood, impact, likelihood * impact, 1, 1, "TREAT",
                        LEVELS[random.nextInt(LEVELS.length)], r % 10 == 0, "OPEN",
                        today.plusDays(random.nextInt(120) - 30), likelihood * impact, "system", raised, 0);
                List<Long> linked = partnership.actionIds();
                actions.row(id, linked.get(r % linked.size()));
                actions.row(id, linked.get((r * 7 + 3) % linked.size()));
                for (int v = 0; v < reviewsPerRisk; v++) {
                    LocalDate on = today.minusDays(7L * (reviewsPerRisk - v));
                    reviews.row(reviewId++, id, on, owners.get(r % owners.size()), "Reviewer", likelihood, impact,
                            likelihood * impact, "Reviewed", on.plusMonths(1),
                            on.atStartOfDay().toInstant(ZoneOffset.UTC));
                }
                scores.add(new long[] {id, likelihood, impact});
            }
            long snapshotId = firstSnapshot;
            for (int report = 1; report <= reports; report++) {
                Instant taken = today.minusDays(45L * (reports - report + 1)).atStartOfDay().toInstant(ZoneOffset.UTC);
                for (long[] score : scores) {
                    snapshots.row(snapshotId++, 900_000L + report, partnership.currentHalfTermId(), score[0], taken,
                            score[1], score[2], "WORKSTREAM");
                }
            }
        }
        return new Register(risks, risks * reviewsPerRisk, reports, firstRisk + 1);
    }

    /** Emptying the database for a partnership also empties the lists Flyway filled; they are put back. */
    private static void settings(JdbcTemplate jdbc) {
        if (jdbc.queryForObject("select count(*) from risk_scoring", Integer.class) == 0) {
            jdbc.update("insert into risk_scoring values (1, 4, 9, 14, 'Low', 'Medium', 'High', 'Very high', 15, "
                    + "6, 3, 2, 1, 'Rare|Unlikely|Possible|Likely|Almost certain', "
                    + "'Negligible|Minor|Moderate|Major|Severe', 0)");
        }
        if (jdbc.queryForObject("select count(*) from risk_category", Integer.class) == 0) {
            for (int i = 0; i < CATEGORIES.length; i++) {
                jdbc.update("insert into risk_category (code, label, display_order, active, appetite, version) "
                        + "values (?, ?, ?, true, ?, 0)", CATEGORIES[i], "Category " + CATEGORIES[i], i + 1,
                        i % 2 == 0 ? 9 : 6);
            }
        }
    }

    private static long next(JdbcTemplate jdbc, String table) {
        Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
        return max == null ? 1 : max + 1;
    }
}
