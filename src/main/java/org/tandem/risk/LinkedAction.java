package org.tandem.risk;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tandem.shared.Rag;

/** A mitigating action as the risk page lists it; {@code failing} says why it lets the mitigation down. */
public record LinkedAction(long id, String reference, String title, String status, Rag rag,
        @Nullable LocalDate dueDate, @Nullable String failing) {
}
