package org.tandem.sef;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tandem.action.ActionFilter;
import org.tandem.action.ActionPlanService;
import org.tandem.action.ActionRow;
import org.tandem.people.Person;
import org.tandem.people.UserService;

/**
 * Builds an edition's criterion rows in a fixed number of statements whatever its size: the evaluations with
 * their criteria and actions, the evidence behind them, the action plan's rows and the owners, once each. For an
 * approved edition only evidence added by its approval counts, so what the board approved does not change.
 */
@Component
class SefRows {

    static final int REVIEW_MONTHS = 6;

    private final Evaluations evaluations;
    private final EvidenceItems evidence;
    private final ActionPlanService plan;
    private final UserService users;
    private final SefPermissions permissions;

    SefRows(Evaluations evaluations, EvidenceItems evidence, ActionPlanService plan, UserService users,
            SefPermissions permissions) {
        this.evaluations = evaluations;
        this.evidence = evidence;
        this.plan = plan;
        this.users = users;
        this.permissions = permissions;
    }

    /** The rows, with whether the person may edit each; call signed in (or as the system). */
    List<CriterionRow> rows(Edition edition, LocalDate today) {
        List<Evaluation> all = evaluations.ofEdition(edition.getId());
        Map<Long, List<Backing>> backing = backing(edition, all.stream().map(v -> v.getCriterion().getId())
                .toList());
        Set<Long> actionIds = new HashSet<>();
        Set<Long> ownerIds = new HashSet<>();
        all.forEach(v -> {
            actionIds.addAll(v.getActionIds());
            if (v.getOwnerId() != null) {
                ownerIds.add(v.getOwnerId());
            }
        });
        Map<Long, ActionRow> actions = actionIds.isEmpty() ? Map.of() : plan.export(ActionFilter.none()).stream()
                .collect(Collectors.toMap(ActionRow::id, Function.identity()));
        Map<Long, Person> owners = ownerIds.isEmpty() ? Map.of() : users.people(ownerIds);
        var mayEdit = permissions.editor();
        List<CriterionRow> rows = new ArrayList<>();
        for (Evaluation v : all) {
            EvidenceStrength strength = EvidenceStrength.of(backing.getOrDefault(v.getCriterion().getId(), List.of()),
                    today);
            List<LinkedAction> linked = v.getActionIds().stream().map(actions::get).filter(a -> a != null)
                    .map(a -> new LinkedAction(a.id(), a.reference(), a.title(), a.rag()))
                    .sorted(java.util.Comparator.comparing(LinkedAction::reference)).toList();
            Person owner = v.getOwnerId() == null ? null : owners.get(v.getOwnerId());
            rows.add(new CriterionRow(v.getId(), v.getCriterion().getId(), v.getCriterion().getArea().getTitle(),
                    v.getCriterion().getTitle(), v.getJudgement(), strength, linked, v.getOwnerId(),
                    owner == null ? null : owner.displayName(), v.getLastReviewedOn(),
                    gaps(edition, v, strength, linked, today), mayEdit.test(v)));
        }
        return rows;
    }

    Map<Long, List<Backing>> backing(Edition edition, Collection<Long> criterionIds) {
        if (criterionIds.isEmpty()) {
            return Map.of();
        }
        Instant approvedAt = edition.getApprovedAt();
        return evidence.backing(criterionIds).stream()
                .filter(b -> approvedAt == null || !b.addedAt().isAfter(approvedAt))
                .collect(Collectors.groupingBy(Backing::criterionId, LinkedHashMap::new, Collectors.toList()));
    }

    /** The gap rules, in the order the gap view lists them. */
    static List<Gap> gaps(Edition edition, Evaluation v, EvidenceStrength strength, List<LinkedAction> actions,
            LocalDate today) {
        List<Gap> gaps = new ArrayList<>();
        if (strength.thin()) {
            gaps.add(new Gap(Gap.Kind.THIN_EVIDENCE, strength.items() == 0 ? "No evidence is linked."
                    : "Thin evidence: nothing from the last 12 months."));
        }
        if (strength.oneVoice()) {
            gaps.add(new Gap(Gap.Kind.ONE_VOICE, "Evidence from one voice only ("
                    + strength.recentVoices().iterator().next().label().toLowerCase(java.util.Locale.UK) + ")."));
        } else if (strength.onlyProfessionals()) {
            gaps.add(new Gap(Gap.Kind.ONE_VOICE, "Only professionals' voice: no children, young people or parent "
                    + "carers heard in the last 12 months."));
        }
        if (edition.needsAction(v.getJudgement()) && actions.isEmpty()) {
            gaps.add(new Gap(Gap.Kind.NO_ACTION, "Judged " + lower(v.getJudgement()) + " with no linked action."));
        }
        LocalDate reviewed = v.getLastReviewedOn();
        if (reviewed == null || reviewed.isBefore(today.minusMonths(REVIEW_MONTHS))) {
            gaps.add(new Gap(Gap.Kind.NOT_REVIEWED, reviewed == null ? "Never reviewed."
                    : "Not reviewed since " + org.tandem.shared.BritishDates.LONG.format(reviewed) + "."));
        }
        return gaps;
    }

    /**
     * The edition for a day: the newest whose academic year has begun by then (SEF 2026/27 from 1 September
     * 2026), so that an edition started early for next year does not take over the report and the reminders.
     */
    static java.util.Optional<Edition> current(List<Edition> newestFirst, LocalDate on) {
        int year = on.getMonthValue() >= 9 ? on.getYear() : on.getYear() - 1;
        return newestFirst.stream().filter(e -> Integer.parseInt(e.getAcademicYear().substring(0, 4)) <= year)
                .findFirst();
    }

    static GapHeadline headline(List<CriterionRow> rows) {
        return new GapHeadline(rows.size(), count(rows, Gap.Kind.THIN_EVIDENCE), count(rows, Gap.Kind.ONE_VOICE),
                count(rows, Gap.Kind.NO_ACTION), count(rows, Gap.Kind.NOT_REVIEWED));
    }

    private static long count(List<CriterionRow> rows, Gap.Kind kind) {
        return rows.stream().filter(r -> r.gaps().stream().anyMatch(g -> g.kind() == kind)).count();
    }

    static String lower(@Nullable String judgement) {
        return judgement == null ? "" : judgement.toLowerCase(java.util.Locale.UK);
    }
}
