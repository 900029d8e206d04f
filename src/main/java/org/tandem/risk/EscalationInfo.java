package org.tandem.risk;

import java.time.Instant;

/** An escalation or de-escalation as the risk page lists it. */
public record EscalationInfo(Instant at, Level from, Level to, boolean byRule, String by, String reason) {

    public boolean up() {
        return to.compareTo(from) > 0;
    }

    /** "By the rule" or the person's name. */
    public String who() {
        return byRule ? "By the rule (" + by + ")" : by;
    }
}
