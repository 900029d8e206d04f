package org.tandem.shared.audit;

import java.time.Instant;
import java.util.List;

/**
 * One change to a record as the History panel shows it.
 *
 * @param subject what changed, e.g. "Autumn 1" for one half-term of a year
 * @param kind    created, changed or removed
 * @param who     the username of whoever made the change, {@code byName} their name as people read it
 */
public record HistoryEntry(Instant when, String who, String subject, Kind kind, List<FieldChange> changes,
        String byName) {

    /** The same entry with other field changes (a module naming its own codes). */
    public HistoryEntry withChanges(List<FieldChange> others) {
        return new HistoryEntry(when, who, subject, kind, others, byName);
    }

    public enum Kind {
        CREATED("Created"), CHANGED("Changed"), REMOVED("Removed");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A field's value before and after; secrets show as "(changed)" rather than their value. */
    public record FieldChange(String field, String before, String after) {
    }
}
