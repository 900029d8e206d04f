package org.tandem.sef;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A self-evaluation of a given size, written straight into a generated partnership's database: one framework
 * with {@code criteria} criteria in 6 areas, {@code editions} yearly editions (all but the last approved), every
 * criterion judged, owned and linked to actions, and {@code evidence} link items, each backing two criteria.
 */
final class SefBenchData {

    record Sef(long templateId, List<Long> editionIds, long typicalEvaluationId) {
        long current() {
            return editionIds.getLast();
        }
    }

    private static final String[] SCALE = {"Strong", "Secure", "Developing", "Weak"};
    private static final String[] KINDS = {"DATA", "AUDIT", "SURVEY", "CASE_STUDY", "FAMILY_FEEDBACK", "MINUTES"};
    private static final String[] VOICES = {"DATA", "PARENT_CARERS", "PRACTITIONERS", "CHILDREN_AND_YOUNG_PEOPLE"};

    private SefBenchData() {
    }

    static Sef generate(JdbcTemplate jdbc, LocalDate today, List<Long> actionIds, int criteria, int evidence,
            int editions) {
        Random random = new Random(13);
        List<Long> owners = jdbc.queryForList("select id from user_account order by id", Long.class);
        jdbc.update("insert into sef_template (version, name, description, outcomes) values (0, ?, ?, ?)",
                "Bench framework", "Generated", "Positive\nInconsistent\nSignificant concerns");
        long template = jdbc.queryForObject("select id from sef_template where name = 'Bench framework'", Long.class);
        List<Long> criterionIds = new ArrayList<>();
        int perArea = Math.max(1, criteria / 6);
        for (int a = 0; a < 6 && criterionIds.size() < criteria; a++) {
            jdbc.update("insert into sef_area (version, template_id, position, title, description) values "
                    + "(0, ?, ?, ?, '')", template, a + 1, "Area " + (a + 1));
            long area = jdbc.queryForObject("select id from sef_area where template_id = ? and position = ?",
                    Long.class, template, a + 1);
            int here = a == 5 ? criteria - criterionIds.size() : Math.min(perArea, criteria - criterionIds.size());
            List<Object[]> rows = new ArrayList<>();
            for (int c = 0; c < here; c++) {
                rows.add(new Object[] {area, c + 1, "Criterion " + (a + 1) + "." + (c + 1), "Generated"});
            }
            jdbc.batchUpdate("insert into sef_criterion (version, area_id, position, title, description) values "
                    + "(0, ?, ?, ?, ?)", rows);
            criterionIds.addAll(jdbc.queryForList("select id from sef_criterion where area_id = ? order by position",
                    Long.class, area));
        }
        List<Long> editionIds = new ArrayList<>();
        int thisYear = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        for (int e = 0; e < editions; e++) {
            int start = thisYear - editions + 1 + e;
            boolean last = e == editions - 1;
            LocalDate approved = LocalDate.of(start + 1, 7, 10);
            jdbc.update("insert into sef_edition (version, template_id, academic_year, scale, status, started_at, "
                    + "submitted_on, approved_on, approved_at, minute_reference, approved_by) values "
                    + "(0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", template, start + "/" + String.format("%02d",
                    (start + 1) % 100), String.join(",", SCALE), last ? "DRAFT" : "APPROVED",
                    Timestamp.valueOf(LocalDate.of(start, 9, 1).atStartOfDay()), last ? null
                    : Date.valueOf(approved.minusDays(7)), last ? null : Date.valueOf(approved), last ? null
                    : Timestamp.valueOf(approved.atTime(18, 0)), last ? null : "PB/" + start, last ? null : "Chair");
            editionIds.add(jdbc.queryForObject("select max(id) from sef_edition", Long.class));
        }
        for (long edition : editionIds) {
            List<Object[]> rows = new ArrayList<>();
            for (long criterion : criterionIds) {
                rows.add(new Object[] {edition, criterion, SCALE[random.nextInt(4)], SCALE[random.nextInt(4)],
                    Date.valueOf(today.minusDays(random.nextInt(400))), "What we know", "How we know",
                    "What we are doing", "Impact so far", owners.get(random.nextInt(owners.size())),
                    Date.valueOf(today.minusDays(random.nextInt(300)))});
            }
            jdbc.batchUpdate("insert into sef_evaluation (version, edition_id, criterion_id, judgement, "
                    + "previous_judgement, judged_on, what_we_know, how_we_know, what_we_are_doing, impact_so_far, "
                    + "owner_id, last_reviewed_on) values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
            List<Long> evaluations = jdbc.queryForList("select id from sef_evaluation where edition_id = ?",
                    Long.class, edition);
            List<Object[]> links = new ArrayList<>();
            for (long evaluation : evaluations) {
                for (int n = 0; n < 1 + random.nextInt(3); n++) {
                    links.add(new Object[] {evaluation, actionIds.get(random.nextInt(actionIds.size()))});
                }
            }
            jdbc.batchUpdate("insert ignore into sef_evaluation_action (evaluation_id, action_id) values (?, ?)",
                    links);
        }
        List<Object[]> items = new ArrayList<>();
        for (int i = 0; i < evidence; i++) {
            items.add(new Object[] {"Bench evidence " + i, KINDS[i % KINDS.length], VOICES[random.nextInt(4)],
                Date.valueOf(today.minusDays(random.nextInt(900))), "Bench council", "Generated",
                "https://example.org/e/" + i, owners.getFirst(), "Bench",
                Timestamp.valueOf(today.minusDays(1000).atStartOfDay())});
        }
        jdbc.batchUpdate("insert into sef_evidence (version, title, kind, voice, evidenced_on, source_organisation, "
                + "description, link, personal_data, added_by_id, added_by, added_at) values "
                + "(0, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?)", items);
        Map<String, Long> ids = jdbc.queryForList("select id, title from sef_evidence").stream().collect(
                Collectors.toMap(row -> (String) row.get("title"), row -> ((Number) row.get("id")).longValue()));
        List<Object[]> backing = new ArrayList<>();
        for (int i = 0; i < evidence; i++) {
            long id = ids.get("Bench evidence " + i);
            long first = criterionIds.get(i % criterionIds.size());
            long second = criterionIds.get((i * 7 + 3) % criterionIds.size());
            backing.add(new Object[] {id, "CRITERION", first});
            if (second != first) {
                backing.add(new Object[] {id, "CRITERION", second});
            }
        }
        jdbc.batchUpdate("insert into sef_evidence_link (evidence_id, target_kind, target_id) values (?, ?, ?)",
                backing);
        long typical = jdbc.queryForObject("select min(id) from sef_evaluation where edition_id = ?", Long.class,
                editionIds.getLast());
        return new Sef(template, editionIds, typical);
    }
}
