package org.tandem.risk;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/** The register's filters as one query; who may see confidential risks is part of every one of them. */
final class RiskSpecifications {

    private RiskSpecifications() {
    }

    /**
     * @param seesConfidential whether the reader sees every confidential risk; otherwise only those they own
     * @param me               the reader's user id, null for none
     * @param failingActions   ids of the action plan's failing actions, used when filtering by failing mitigation
     */
    static Specification<Risk> matching(RiskFilter filter, ScoringRules rules, List<Category> categories,
            LocalDate today, boolean seesConfidential, @Nullable Long me, Collection<Long> failingActions) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(visible(root, cb, seesConfidential, me));
            if (!filter.includeClosed()) {
                predicates.add(cb.equal(root.get("status"), RiskStatus.OPEN));
            }
            if (filter.category() != null) {
                predicates.add(cb.equal(root.get("category"), filter.category()));
            }
            if (filter.ownerId() != null) {
                predicates.add(cb.equal(root.get("ownerId"), filter.ownerId()));
            }
            if (filter.partnerId() != null) {
                predicates.add(cb.isMember(filter.partnerId(), root.<java.util.Set<Long>>get("partnerIds")));
            }
            if (filter.level() != null) {
                predicates.add(cb.equal(root.get("level"), filter.level()));
            }
            if (filter.escalated()) {
                predicates.add(cb.equal(root.get("level"), Level.BOARD));
            }
            if (filter.band() != null) {
                int[] range = range(rules, filter.band());
                predicates.add(cb.between(root.get("residualScore"), range[0], range[1]));
            }
            if (filter.likelihood() != null) {
                predicates.add(cb.equal(root.get(filter.basis().likelihoodField()), filter.likelihood()));
            }
            if (filter.impact() != null) {
                predicates.add(cb.equal(root.get(filter.basis().impactField()), filter.impact()));
            }
            if (filter.aboveAppetite()) {
                predicates.add(aboveAppetite(root, cb, categories));
            }
            if (filter.reviewOverdue()) {
                predicates.add(cb.and(cb.equal(root.get("status"), RiskStatus.OPEN),
                        cb.lessThan(root.get("nextReviewOn"), today)));
            }
            if (filter.mitigationFailing()) {
                if (failingActions.isEmpty()) {
                    predicates.add(cb.disjunction());
                } else {
                    Subquery<Long> linked = query.subquery(Long.class);
                    Root<Risk> same = linked.from(Risk.class);
                    var action = same.<Risk, Long>join("actionIds");
                    linked.select(same.get("id")).where(cb.equal(same, root), action.in(failingActions));
                    predicates.add(cb.exists(linked));
                }
            }
            if (!filter.text().isEmpty()) {
                String like = "%" + filter.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                        .replace("%", "\\%").replace("_", "\\_") + "%";
                predicates.add(cb.or(cb.like(cb.lower(root.get("reference")), like, '\\'),
                        cb.like(cb.lower(root.get("title")), like, '\\'),
                        cb.like(cb.lower(root.get("event")), like, '\\'),
                        cb.like(cb.lower(root.get("cause")), like, '\\'),
                        cb.like(cb.lower(root.get("consequence")), like, '\\')));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** A confidential risk is seen by admins and board members, and by its owner; everyone sees the others. */
    static Predicate visible(Root<Risk> root, CriteriaBuilder cb, boolean seesConfidential, @Nullable Long me) {
        if (seesConfidential) {
            return cb.conjunction();
        }
        Predicate open = cb.isFalse(root.get("confidential"));
        return me == null ? open : cb.or(open, cb.equal(root.get("ownerId"), me));
    }

    static int[] range(ScoringRules rules, Band band) {
        return switch (band) {
            case LOW -> new int[] {1, rules.lowMax()};
            case MEDIUM -> new int[] {rules.lowMax() + 1, rules.mediumMax()};
            case HIGH -> new int[] {rules.mediumMax() + 1, rules.highMax()};
            case VERY_HIGH -> new int[] {rules.highMax() + 1, 25};
        };
    }

    private static Predicate aboveAppetite(Root<Risk> root, CriteriaBuilder cb, List<Category> categories) {
        List<Predicate> any = new ArrayList<>();
        for (Category category : categories) {
            any.add(cb.and(cb.equal(root.get("category"), category.code()),
                    cb.greaterThan(root.get("residualScore"), category.appetite())));
        }
        return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
    }
}
