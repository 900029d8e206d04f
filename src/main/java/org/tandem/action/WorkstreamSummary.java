package org.tandem.action;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A workstream as lists and pickers show it. */
public record WorkstreamSummary(long id, long version, String name, String purpose, @Nullable Long leadId,
        @Nullable String lead, Set<Long> memberIds, Set<Long> priorityIds) {

    @Override
    public String toString() {
        return name;
    }
}
