package org.tandem.action;

import java.util.EnumMap;
import java.util.Map;
import org.tandem.shared.Rag;
import org.tandem.strategy.PriorityInfo;

/** The rule that derives a priority's RAG from its actions (see {@link PriorityCard#RULE}). */
final class PriorityStanding {

    private final Map<ActionStatus, Long> byStatus = new EnumMap<>(ActionStatus.class);
    private long overdue;

    PriorityStanding() {
        for (ActionStatus status : ActionStatus.values()) {
            byStatus.put(status, 0L);
        }
    }

    void add(ActionStatus status, boolean isOverdue, long count) {
        byStatus.merge(status, count, Long::sum);
        if (isOverdue) {
            overdue += count;
        }
    }

    void addOverdue(long count) {
        overdue += count;
    }

    PriorityCard card(PriorityInfo priority) {
        long counted = byStatus.entrySet().stream().filter(entry -> entry.getKey() != ActionStatus.CANCELLED)
                .mapToLong(Map.Entry::getValue).sum();
        long complete = byStatus.get(ActionStatus.COMPLETE);
        Rag derived = derive(counted, complete);
        int percent = counted == 0 ? 0 : (int) Math.round(100.0 * complete / counted);
        Rag shown = priority.ragOverride() == null ? derived : priority.ragOverride();
        String reason = priority.ragOverride() == null ? explain(derived, counted)
                : "Set by " + priority.ragOverrideBy() + " (derived: " + derived.label() + "): "
                        + priority.ragOverrideReason();
        return new PriorityCard(priority, derived, shown, reason, Map.copyOf(byStatus), counted, percent, overdue);
    }

    private Rag derive(long counted, long complete) {
        if (counted == 0) {
            return Rag.GREY;
        }
        if (byStatus.get(ActionStatus.OFF_TRACK) > 0 || overdue > 0) {
            return Rag.RED;
        }
        if (byStatus.get(ActionStatus.AT_RISK) * 4 > counted) {
            return Rag.AMBER;
        }
        if (complete == counted) {
            return Rag.BLUE;
        }
        return Rag.GREEN;
    }

    private String explain(Rag derived, long counted) {
        return switch (derived) {
            case GREY -> "No actions yet.";
            case RED -> byStatus.get(ActionStatus.OFF_TRACK) + " off track and " + overdue + " overdue of "
                    + counted + " actions.";
            case AMBER -> byStatus.get(ActionStatus.AT_RISK) + " of " + counted + " actions at risk.";
            case BLUE -> "All " + counted + " actions complete.";
            case GREEN -> "No action off track or overdue, and at most a quarter at risk.";
        };
    }
}
