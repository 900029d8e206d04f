package org.tandem.feedback;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A step of an item's timeline as the item page shows it. */
public record StepInfo(StepKind kind, String takenBy, Instant takenAt, @Nullable String note) {
}
