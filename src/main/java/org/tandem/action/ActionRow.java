package org.tandem.action;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tandem.shared.Rag;

/** One line of the action plan. */
public record ActionRow(long id, long version, String reference, String title, String priority, @Nullable String workstream,
        @Nullable String owner, ActionStatus status, Rag rag, int percentComplete, @Nullable LocalDate startDate,
        @Nullable LocalDate dueDate, boolean overdue, boolean updateDue) {
}
