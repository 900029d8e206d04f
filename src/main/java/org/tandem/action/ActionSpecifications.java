package org.tandem.action;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.tandem.shared.Rag;

/** Turns an {@link ActionFilter} into one SQL query, RAG and "update overdue" included. */
final class ActionSpecifications {

    private ActionSpecifications() {
    }

    /**
     * @param updateHalfTermId the half-term whose update is awaited, or null when no update is overdue yet
     */
    static Specification<ActionItem> matching(ActionFilter filter, LocalDate today, @Nullable Long updateHalfTermId) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.priorityId() != null) {
                predicates.add(cb.equal(root.get("priorityId"), filter.priorityId()));
            }
            if (filter.workstreamId() != null) {
                predicates.add(cb.equal(root.get("workstream").get("id"), filter.workstreamId()));
            }
            if (filter.ownerId() != null) {
                predicates.add(cb.equal(root.get("ownerId"), filter.ownerId()));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.rag() != null) {
                predicates.add(rag(root, cb, filter.rag(), today));
            }
            if (filter.overdue()) {
                predicates.add(overdue(root, cb, today));
            }
            if (filter.updateOverdue()) {
                predicates.add(updateOverdue(root, query, cb, updateHalfTermId));
            }
            if (!filter.text().isEmpty()) {
                String like = "%" + filter.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                predicates.add(cb.or(cb.like(cb.lower(root.get("reference")), like, '\\'),
                        cb.like(cb.lower(root.get("title")), like, '\\'),
                        cb.like(cb.lower(root.get("description")), like, '\\')));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    static Predicate open(Root<ActionItem> root, CriteriaBuilder cb) {
        return root.get("status").in(ActionStatus.COMPLETE, ActionStatus.CANCELLED).not();
    }

    static Predicate overdue(Root<ActionItem> root, CriteriaBuilder cb, LocalDate today) {
        Path<LocalDate> due = root.get("dueDate");
        return cb.and(open(root, cb), cb.isNotNull(due), cb.lessThan(due, today));
    }

    private static Predicate rag(Root<ActionItem> root, CriteriaBuilder cb, Rag rag, LocalDate today) {
        Predicate overdue = overdue(root, cb, today);
        Path<ActionStatus> status = root.get("status");
        return switch (rag) {
            case RED -> cb.or(overdue, cb.equal(status, ActionStatus.OFF_TRACK));
            case AMBER -> cb.and(cb.equal(status, ActionStatus.AT_RISK), cb.not(overdue));
            case GREEN -> cb.and(cb.equal(status, ActionStatus.ON_TRACK), cb.not(overdue));
            case BLUE -> cb.equal(status, ActionStatus.COMPLETE);
            case GREY -> cb.or(cb.equal(status, ActionStatus.CANCELLED),
                    cb.and(cb.equal(status, ActionStatus.NOT_STARTED), cb.not(overdue)));
        };
    }

    private static Predicate updateOverdue(Root<ActionItem> root, jakarta.persistence.criteria.CriteriaQuery<?> query,
            CriteriaBuilder cb, @Nullable Long halfTermId) {
        if (halfTermId == null) {
            return cb.disjunction();
        }
        Subquery<Long> updated = query.subquery(Long.class);
        Root<ProgressUpdate> update = updated.from(ProgressUpdate.class);
        updated.select(update.get("id")).where(cb.equal(update.get("action"), root),
                cb.equal(update.get("halfTermId"), halfTermId));
        return cb.and(open(root, cb), cb.not(cb.exists(updated)));
    }
}
