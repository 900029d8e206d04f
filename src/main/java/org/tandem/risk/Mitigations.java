package org.tandem.risk;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collection;
import org.springframework.stereotype.Component;
import org.tandem.action.ActionPlanService;
import org.tandem.action.ActionStanding;
import org.tandem.shared.Rag;
import org.tandem.shared.ui.Dates;

/**
 * Reads a risk's mitigating actions from the action plan. A mitigation is failing when any linked action is off
 * track or past its due date (the action plan's red), and the reason names which and why.
 */
@Component
class Mitigations {

    private final ActionPlanService plan;

    Mitigations(ActionPlanService plan) {
        this.plan = plan;
    }

    /** Those of these actions that are failing, by id, with why in words: "action 2.3 is off track". */
    Map<Long, String> failing(Collection<Long> actionIds) {
        Map<Long, String> failing = new LinkedHashMap<>();
        for (ActionStanding action : plan.standings(actionIds)) {
            if (action.rag() == Rag.RED) {
                failing.put(action.id(), reason(action.reference(), action.overdue(), action.dueDate()));
            }
        }
        return failing;
    }

    /** The reason a risk's mitigation is failing, or null when none of its actions is. */
    static String reasonFor(Set<Long> actionIds, Map<Long, String> failing) {
        List<String> reasons = actionIds.stream().filter(failing::containsKey).map(failing::get).sorted().toList();
        return reasons.isEmpty() ? null : "Mitigation failing: " + String.join("; ", reasons) + ".";
    }

    /** The linked actions with their RAG, for the risk page, read at once; an action that has gone is left out. */
    List<LinkedAction> linked(Set<Long> actionIds) {
        return plan.standings(actionIds).stream().map(action -> new LinkedAction(action.id(), action.reference(),
                action.title(), action.status().label(), action.rag(), action.dueDate(), action.rag() == Rag.RED
                        ? reason(action.reference(), action.overdue(), action.dueDate()) : null))
                .sorted(java.util.Comparator.comparing(LinkedAction::reference)).toList();
    }

    private static String reason(String reference, boolean overdue, LocalDate due) {
        return overdue ? "action " + reference + " was due " + Dates.format(due)
                : "action " + reference + " is off track";
    }
}
