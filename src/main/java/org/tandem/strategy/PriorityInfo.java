package org.tandem.strategy;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tandem.shared.Rag;

/** A priority as views and other features read it; {@code ragOverride} is set only when someone overrode it. */
public record PriorityInfo(long id, long version, long strategyId, boolean editable, int number, String title,
        String description, List<String> outcomes, @Nullable Long sponsorId, @Nullable Long leadOrganisationId,
        @Nullable Rag ragOverride, @Nullable String ragOverrideReason, @Nullable String ragOverrideBy,
        @Nullable Instant ragOverrideAt) {

    static PriorityInfo of(Priority priority) {
        return new PriorityInfo(priority.getId(), priority.getVersion(), priority.getStrategy().getId(),
                priority.getStrategy().isCurrent(), priority.getNumber(), priority.getTitle(),
                priority.getDescription(), priority.getOutcomes(), priority.getSponsorId(),
                priority.getLeadOrganisationId(), priority.getRagOverride(), priority.getRagOverrideReason(),
                priority.getRagOverrideBy(), priority.getRagOverrideAt());
    }

    public String label() {
        return number + ". " + title;
    }
}
