package org.tandem.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tandem.shared.Rag;

/** Everything the action page shows, with what the viewer may do. */
public record ActionDetails(long id, long version, String reference, String title, String description,
        long priorityId, String priority, @Nullable Long workstreamId, @Nullable String workstream,
        @Nullable Long ownerId, @Nullable String owner, List<String> partners, @Nullable LocalDate startDate,
        @Nullable LocalDate dueDate, ActionStatus status, Rag rag, int percentComplete,
        @Nullable LocalDate completedOn, @Nullable String cancelReason, Set<CoProductionPartner> coProducedWith,
        @Nullable String signedOffBy, @Nullable Instant signedOffAt, boolean overdue, boolean mayEdit,
        boolean mayUpdate, boolean maySignOff) {
}
