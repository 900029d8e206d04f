package org.tandem.measure;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tandem.people.UserService;
import org.tandem.shared.audit.AuditHistory;
import org.tandem.shared.audit.AuditRevision;
import org.tandem.shared.audit.HistoryEntry;
import org.tandem.shared.audit.HistoryEntry.FieldChange;
import org.tandem.strategy.PriorityInfo;
import org.tandem.strategy.StrategyService;

/**
 * Who changed what in a measure: its definition, owner, targets and interim targets (from the audit trail of the
 * measure, read by the shared {@link AuditHistory}), and each of its values, read from the values' audit trail in
 * one query and told in the measure's own unit and periods. Priorities, units and yes/no read as words.
 */
@Component
class MeasureHistory {

    static final Map<String, String> LABELS = Map.ofEntries(Map.entry("name", "Name"),
            Map.entry("definition", "Definition"), Map.entry("unit", "Unit"),
            Map.entry("polarity", "Which way is better"), Map.entry("dataSource", "Data source"),
            Map.entry("ownerId", "Owner"), Map.entry("frequency", "Counted"),
            Map.entry("priorityIds", "Priorities"), Map.entry("interimTargetsText", "Interim targets"),
            Map.entry("outcomesText", "Outcomes it evidences"),
            Map.entry("baselineValue", "Baseline value"), Map.entry("baselineYear", "Baseline school year"),
            Map.entry("baselineIndex", "Baseline period"), Map.entry("targetValue", "Target value"),
            Map.entry("targetDate", "Target date"), Map.entry("tolerancePercent", "Amber tolerance (%)"),
            Map.entry("publishable", "Publishable"), Map.entry("familyExperience", "Family experience"),
            Map.entry("indicator", "Open-data column"), Map.entry("libraryCode", "From the starter library"),
            Map.entry("demo", "Demo data"), Map.entry("createdAt", "Created"), Map.entry("retiredOn", "Retired on"));

    private static final int MAX_VALUE_REVISIONS = 2_000;

    private final AuditHistory auditHistory;
    private final EntityManager entityManager;
    private final StrategyService strategy;
    private final UserService users;

    MeasureHistory(AuditHistory auditHistory, EntityManager entityManager, StrategyService strategy,
            UserService users) {
        this.auditHistory = auditHistory;
        this.entityManager = entityManager;
        this.strategy = strategy;
        this.users = users;
    }

    /** Newest first. */
    List<HistoryEntry> of(Measure measure) {
        List<HistoryEntry> entries = new ArrayList<>(auditHistory.of(Measure.class, measure.getId(), "Measure",
                field -> LABELS.getOrDefault(field, field)).stream().map(this::inWords).toList());
        entries.addAll(values(measure));
        entries.sort(Comparator.comparing(HistoryEntry::when).reversed());
        return entries;
    }

    private HistoryEntry inWords(HistoryEntry entry) {
        Map<String, UnaryOperator<String>> words = Map.of(LABELS.get("priorityIds"), this::priorities,
                LABELS.get("unit"), raw -> raw.isEmpty() ? raw : Unit.valueOf(raw).label(),
                LABELS.get("polarity"), raw -> raw.isEmpty() ? raw : Polarity.valueOf(raw).label(),
                LABELS.get("frequency"), raw -> raw.isEmpty() ? raw : Frequency.valueOf(raw).label(),
                LABELS.get("publishable"), MeasureHistory::yesNo, LABELS.get("familyExperience"),
                MeasureHistory::yesNo, LABELS.get("demo"), MeasureHistory::yesNo);
        return entry.withChanges(entry.changes().stream().map(change -> {
            UnaryOperator<String> word = words.getOrDefault(change.field(), UnaryOperator.identity());
            return new FieldChange(change.field(), word.apply(change.before()), word.apply(change.after()));
        }).toList());
    }

    private String priorities(String ids) {
        if (ids.isBlank()) {
            return "";
        }
        Set<Long> wanted = Arrays.stream(ids.split(", ")).map(Long::valueOf).collect(Collectors.toSet());
        Map<Long, PriorityInfo> known = strategy.prioritiesById(wanted);
        return wanted.stream().sorted().map(id -> known.containsKey(id) ? known.get(id).label()
                : "(a priority no longer there)").collect(Collectors.joining(", "));
    }

    private static String yesNo(String raw) {
        return raw.isEmpty() ? raw : Boolean.parseBoolean(raw) ? "Yes" : "No";
    }

    /** Every revision of every value of the measure, in one query, each compared with that value's one before. */
    private List<HistoryEntry> values(Measure measure) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(MeasureValue.class, false, true)
                .add(AuditEntity.property("measureId").eq(measure.getId()))
                .addOrder(AuditEntity.revisionNumber().asc())
                .setMaxResults(MAX_VALUE_REVISIONS)
                .getResultList();
        Set<String> usernames = new HashSet<>();
        rows.forEach(row -> usernames.add(((AuditRevision) row[1]).getUsername()));
        Map<String, String> names = usernames.isEmpty() ? Map.of() : users.namesByUsername(usernames);
        Map<Long, MeasureValue> before = new HashMap<>();
        List<HistoryEntry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            MeasureValue value = (MeasureValue) row[0];
            AuditRevision revision = (AuditRevision) row[1];
            HistoryEntry.Kind kind = switch ((RevisionType) row[2]) {
                case ADD -> HistoryEntry.Kind.CREATED;
                case MOD -> HistoryEntry.Kind.CHANGED;
                case DEL -> HistoryEntry.Kind.REMOVED;
            };
            List<FieldChange> changes = kind == HistoryEntry.Kind.REMOVED ? List.of()
                    : changes(measure.getUnit(), before.get(value.getId()), value);
            if (kind != HistoryEntry.Kind.CHANGED || !changes.isEmpty()) {
                String who = revision.getUsername();
                entries.add(new HistoryEntry(Instant.ofEpochMilli(revision.getTimestamp()), who,
                        "Value for " + measure.getFrequency().label(value.getPeriod()), kind, changes,
                        names.getOrDefault(who, who)));
            }
            before.put(value.getId(), value);
        }
        return entries;
    }

    private static List<FieldChange> changes(Unit unit, @Nullable MeasureValue before, MeasureValue after) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "Value", before == null ? "" : unit.format(before.getAmount()), unit.format(after.getAmount()));
        compare(changes, "Numerator", before == null ? "" : count(before.getNumerator()), count(after.getNumerator()));
        compare(changes, "Denominator", before == null ? "" : count(before.getDenominator()),
                count(after.getDenominator()));
        compare(changes, "Status", before == null ? "" : status(before), status(after));
        compare(changes, "Note", before == null ? "" : before.getNote(), after.getNote());
        return changes;
    }

    private static void compare(List<FieldChange> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    private static String count(@Nullable Long count) {
        return count == null ? "" : String.valueOf(count);
    }

    private static String status(MeasureValue value) {
        return value.isValidated() ? "Validated" : "Provisional";
    }
}
