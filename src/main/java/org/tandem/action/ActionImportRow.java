package org.tandem.action;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What one row of an imported sheet makes of an action: the values it will have after the import (a field the
 * sheet leaves out keeps the action's value), and whether it updates an existing action or creates one.
 */
public record ActionImportRow(String reference, boolean existing, String title, String description,
        long priorityId, int priorityNumber, @Nullable Long workstreamId, @Nullable String workstream,
        @Nullable Long ownerId, @Nullable String owner, @Nullable LocalDate startDate, @Nullable LocalDate dueDate,
        ActionStatus status, int percentComplete) {

    /** "Update" or "Create", for the preview. */
    public String outcome() {
        return existing ? "Update" : "Create";
    }
}
