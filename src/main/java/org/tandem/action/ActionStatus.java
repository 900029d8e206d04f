package org.tandem.action;

import org.tandem.shared.Rag;

/** Where an action stands, as its owner reports it. */
public enum ActionStatus {
    NOT_STARTED("Not started", Rag.GREY),
    ON_TRACK("On track", Rag.GREEN),
    AT_RISK("At risk", Rag.AMBER),
    OFF_TRACK("Off track", Rag.RED),
    COMPLETE("Complete", Rag.BLUE),
    CANCELLED("Cancelled", Rag.GREY);

    private final String label;
    private final Rag rag;

    ActionStatus(String label, Rag rag) {
        this.label = label;
        this.rag = rag;
    }

    public String label() {
        return label;
    }

    Rag rag() {
        return rag;
    }

    public boolean isOpen() {
        return this != COMPLETE && this != CANCELLED;
    }

    /** The statuses an owner may report in an update; complete and cancel are their own steps. */
    public static ActionStatus[] reportable() {
        return new ActionStatus[] {NOT_STARTED, ON_TRACK, AT_RISK, OFF_TRACK};
    }

    @Override
    public String toString() {
        return label;
    }
}
