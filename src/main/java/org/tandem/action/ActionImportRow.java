package org.tandem.action;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one row of an imported sheet makes of an action: the values it will have after the import (a field the
 * sheet leaves out or leaves blank keeps the action's value), whether it updates an existing action or creates
 * one, and for an update what changes, old value to new.
 *
 * @param completedOn the completion date the sheet gives; null for the import's date when the row completes it
 */
public record ActionImportRow(String reference, boolean existing, String title, String description,
        long priorityId, int priorityNumber, @Nullable Long workstreamId, @Nullable String workstream,
        @Nullable Long ownerId, @Nullable String owner, @Nullable LocalDate startDate, @Nullable LocalDate dueDate,
        ActionStatus status, int percentComplete, @Nullable LocalDate completedOn, List<Change> changes) {

    public ActionImportRow {
        changes = List.copyOf(changes);
    }

    /** "Update" or "Create", for the preview. */
    public String outcome() {
        return existing ? "Update" : "Create";
    }

    /** One field an update changes, as the preview shows it: "Due date: 31/03/2026 → 30/06/2026". */
    public record Change(String field, String before, String after) {

        public String describe() {
            return field + ": " + (before.isEmpty() ? "(empty)" : before) + " → " + (after.isEmpty() ? "(empty)"
                    : after);
        }
    }
}
