package org.tandem.shared.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.shared.TandemProperties;

/**
 * Reads the Envers audit tables and turns them into before-and-after entries. Features call it from their own
 * service, which decides who may see the history of what.
 */
@Component
public class AuditHistory {

    private static final Set<String> HIDDEN = Set.of("id", "version");
    private static final DateTimeFormatter DATE = org.tandem.shared.BritishDates.SHORT;
    private static final DateTimeFormatter MOMENT = org.tandem.shared.BritishDates.SHORT_TIME;
    /** Fields that hold people's or organisations' ids, shown by name (as the names are now). */
    private static final Set<String> PEOPLE = Set.of("ownerId", "officerId", "leadId", "sponsorId", "memberIds");
    private static final Set<String> ORGANISATIONS = Set.of("organisationId", "leadOrganisationId",
            "partnerOrganisationIds");

    private final EntityManager entityManager;
    private final ObjectProvider<HistoryNames> names;
    private final ZoneId zone;

    AuditHistory(EntityManager entityManager, ObjectProvider<HistoryNames> names, TandemProperties properties) {
        this.entityManager = entityManager;
        this.names = names;
        this.zone = properties.timeZone();
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
        Names named = names(entityType, rows);
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
                    ? List.of() : differences(entityType, previousById.get(id), current, labels, skip, named);
            if (kind != HistoryEntry.Kind.CHANGED || !changes.isEmpty()) {
                String who = revision.getUsername() == null ? "" : revision.getUsername();
                entries.add(new HistoryEntry(Instant.ofEpochMilli(revision.getTimestamp()), who, subject, kind,
                        changes, named.byUsername().getOrDefault(who, who)));
            }
            previousById.put(id, current);
        }
        entries.sort(Comparator.comparing(HistoryEntry::when).reversed());
        return entries;
    }

    private List<HistoryEntry.FieldChange> differences(EntityType<?> entityType, @Nullable Object before,
            Object after, Function<String, String> labels, Set<String> skip, Names named) {
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
            String oldValue = before == null ? "" : describe(named.of(field.getName(), read(field, before)));
            String newValue = describe(named.of(field.getName(), read(field, after)));
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

    /** Every id and username the rows mention, named in one query per kind. */
    private Names names(EntityType<?> entityType, List<Object[]> rows) {
        Set<Long> people = new HashSet<>();
        Set<Long> organisations = new HashSet<>();
        Set<String> usernames = new HashSet<>();
        for (Object[] row : rows) {
            String username = ((AuditRevision) row[1]).getUsername();
            if (username != null) {
                usernames.add(username);
            }
            for (Attribute<?, ?> attribute : entityType.getAttributes()) {
                if (attribute.getJavaMember() instanceof Field field) {
                    if (PEOPLE.contains(field.getName())) {
                        ids(read(field, row[0]), people);
                    } else if (ORGANISATIONS.contains(field.getName())) {
                        ids(read(field, row[0]), organisations);
                    }
                }
            }
        }
        HistoryNames lookup = names.getIfAvailable();
        if (lookup == null) {
            return new Names(Map.of(), Map.of(), Map.of());
        }
        return new Names(lookup.people(people), lookup.organisations(organisations),
                lookup.peopleByUsername(usernames));
    }

    private static void ids(@Nullable Object value, Set<Long> into) {
        if (value instanceof Long id) {
            into.add(id);
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(each -> ids(each, into));
        }
    }

    /** The names for one history, and how a field's raw value reads with them. */
    private record Names(Map<Long, String> people, Map<Long, String> organisations, Map<String, String> byUsername) {

        @Nullable Object of(String field, @Nullable Object value) {
            Map<Long, String> known = PEOPLE.contains(field) ? people
                    : ORGANISATIONS.contains(field) ? organisations : null;
            if (known == null || value == null) {
                return value;
            }
            if (value instanceof Collection<?> collection) {
                return collection.stream().map(each -> of(field, each)).toList();
            }
            return value instanceof Long id ? known.getOrDefault(id, "(no longer exists)") : value;
        }
    }

    private String describe(@Nullable Object value) {
        return switch (value) {
            case null -> "";
            case LocalDate date -> DATE.format(date);
            case Instant instant -> MOMENT.format(instant.atZone(zone));
            case Collection<?> collection -> collection.stream().map(this::describe).sorted()
                    .collect(Collectors.joining(", "));
            default -> String.valueOf(value);
        };
    }
}
