package org.tandem.risk;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.tandem.action.ActionDetails;
import org.tandem.action.ActionFilter;
import org.tandem.action.ActionPlanService;
import org.tandem.action.ActionRow;
import org.tandem.shared.Rag;
import org.tandem.shared.ValidationProblem;
import org.tandem.shared.ui.Dates;

/**
 * Reads a risk's mitigating actions from the action plan. A mitigation is failing when any linked action is off
 * track or past its due date (the action plan's red), and the reason names which and why.
 */
@Component
class Mitigations {

    private static final int FAILING_LIMIT = 5_000;

    private final ActionPlanService plan;

    Mitigations(ActionPlanService plan) {
        this.plan = plan;
    }

    /** Every failing action by id, with why in words: "2.3 is off track", "1.4 was due 3 Mar 2026". */
    Map<Long, String> failing() {
        Map<Long, String> failing = new LinkedHashMap<>();
        for (ActionRow row : plan.list(ActionFilter.none().withRag(Rag.RED),
                PageRequest.of(0, FAILING_LIMIT, Sort.by("reference")))) {
            failing.put(row.id(), reason(row.reference(), row.overdue(), row.dueDate()));
        }
        return failing;
    }

    /** The reason a risk's mitigation is failing, or null when none of its actions is. */
    static String reasonFor(Set<Long> actionIds, Map<Long, String> failing) {
        List<String> reasons = actionIds.stream().filter(failing::containsKey).map(failing::get).sorted().toList();
        return reasons.isEmpty() ? null : "Mitigation failing: " + String.join("; ", reasons) + ".";
    }

    /** The linked actions with their RAG, for the risk page; an action that has gone is left out. */
    List<LinkedAction> linked(Set<Long> actionIds) {
        return actionIds.stream().sorted().flatMap(id -> {
            try {
                ActionDetails action = plan.details(id);
                return java.util.stream.Stream.of(new LinkedAction(id, action.reference(), action.title(),
                        action.status().label(), action.rag(), action.dueDate(), action.rag() == Rag.RED
                                ? reason(action.reference(), action.overdue(), action.dueDate()) : null));
            } catch (ValidationProblem gone) {
                return java.util.stream.Stream.empty();
            }
        }).sorted(java.util.Comparator.comparing(LinkedAction::reference)).toList();
    }

    private static String reason(String reference, boolean overdue, LocalDate due) {
        return overdue ? "action " + reference + " was due " + Dates.format(due)
                : "action " + reference + " is off track";
    }
}
