package org.tandem.shared.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the Envers audit tables and turns them into before-and-after entries. Features call it from their own
 * service, which decides who may see the history of what.
 */
@Component
public class AuditHistory {

    private static final Set<String> HIDDEN = Set.of("id", "version");
    private static final DateTimeFormatter DATE = org.tandem.shared.BritishDates.SHORT;

    private final EntityManager entityManager;

    AuditHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The changes to one record, newest first, each field named by {@code labels} (or its own name). */
    @Transactional(readOnly = true)
    public List<HistoryEntry> of(Class<?> type, Object id, String subject, Function<String, String> labels) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .setMaxResults(500)
                .getResultList();
        return entries(type, rows, subject, labels, Set.of());
    }

    /**
     * The changes to every record of {@code type} whose {@code relation} points at {@code relatedId} (say, all
     * updates of one action), read in one query; fields in {@code skip} are left out.
     */
    @Transactional(readOnly = true)
    public List<HistoryEntry> ofRelated(Class<?> type, String relation, Object relatedId, String subject,
            Function<String, String> labels, Set<String> skip) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.relatedId(relation).eq(relatedId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .setMaxResults(2_000)
                .getResultList();
        return entries(type, rows, subject, labels, skip);
    }

    private List<HistoryEntry> entries(Class<?> type, List<Object[]> rows, String subject,
            Function<String, String> labels, Set<String> skip) {
        EntityType<?> entityType = entityManager.getMetamodel().entity(type);
        List<HistoryEntry> entries = new ArrayList<>();
        Map<Object, Object> previousById = new HashMap<>();
        for (Object[] row : rows) {
            Object current = row[0];
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType revisionType = (RevisionType) row[2];
            Object id = entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(current);
            HistoryEntry.Kind kind = switch (revisionType) {
                case ADD -> HistoryEntry.Kind.CREATED;
                case MOD -> HistoryEntry.Kind.CHANGED;
                case DEL -> HistoryEntry.Kind.REMOVED;
            };
            List<HistoryEntry.FieldChange> changes = kind == HistoryEntry.Kind.REMOVED
                    ? List.of() : differences(entityType, previousById.get(id), current, labels, skip);
            if (kind != HistoryEntry.Kind.CHANGED || !changes.isEmpty()) {
                entries.add(new HistoryEntry(Instant.ofEpochMilli(revision.getTimestamp()), revision.getUsername(),
                        subject, kind, changes));
            }
            previousById.put(id, current);
        }
        entries.sort(Comparator.comparing(HistoryEntry::when).reversed());
        return entries;
    }

    private List<HistoryEntry.FieldChange> differences(EntityType<?> entityType, @Nullable Object before,
            Object after, Function<String, String> labels, Set<String> skip) {
        List<HistoryEntry.FieldChange> changes = new ArrayList<>();
        List<? extends Attribute<?, ?>> attributes = entityType.getAttributes().stream()
                .filter(attribute -> !HIDDEN.contains(attribute.getName()) && !skip.contains(attribute.getName()))
                .sorted(Comparator.comparing(Attribute::getName))
                .toList();
        for (Attribute<?, ?> attribute : attributes) {
            if (!(attribute.getJavaMember() instanceof Field field)
                    || field.isAnnotationPresent(org.hibernate.envers.NotAudited.class)) {
                continue;
            }
            String oldValue = before == null ? "" : describe(read(field, before));
            String newValue = describe(read(field, after));
            if (!Objects.equals(oldValue, newValue)) {
                boolean secret = attribute.getName().toLowerCase().contains("password");
                changes.add(new HistoryEntry.FieldChange(labels.apply(attribute.getName()),
                        secret ? (before == null ? "" : "(hidden)") : oldValue,
                        secret ? "(changed)" : newValue));
            }
        }
        return changes;
    }

    private static @Nullable Object read(Member member, Object target) {
        try {
            Field field = (Field) member;
            field.setAccessible(true);
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + member.getName(), e);
        }
    }

    private static String describe(@Nullable Object value) {
        return switch (value) {
            case null -> "";
            case LocalDate date -> DATE.format(date);
            case Collection<?> collection -> collection.stream().map(AuditHistory::describe).sorted()
                    .collect(Collectors.joining(", "));
            default -> String.valueOf(value);
        };
    }
}
