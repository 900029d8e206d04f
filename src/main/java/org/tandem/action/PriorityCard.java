package org.tandem.action;

import java.util.Map;
import org.tandem.shared.Rag;
import org.tandem.strategy.PriorityInfo;

/**
 * How a priority stands: the RAG derived from its actions, the RAG shown (the board's override when there is
 * one) and why, its actions by status, the share complete and how many are overdue.
 */
public record PriorityCard(PriorityInfo priority, Rag derivedRag, Rag rag, String reason,
        Map<ActionStatus, Long> actionsByStatus, long actions, int percentComplete, long overdue) {

    /** Shown wherever a derived RAG is, so that everyone can check it. */
    public static final String RULE = "Derived from the actions: red if any is off track or overdue; amber if "
            + "more than a quarter are at risk; blue when all are complete; grey when there are none; "
            + "otherwise green. Cancelled actions are left out.";

    public boolean overridden() {
        return priority.ragOverride() != null;
    }
}
