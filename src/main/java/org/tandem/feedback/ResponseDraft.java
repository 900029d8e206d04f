package org.tandem.feedback;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The officer's "we did": what kind of answer, what was done, why not if it could not be, and its actions. */
public record ResponseDraft(@Nullable ResponseKind kind, String text, @Nullable String couldNotReason,
        Set<Long> actionIds) {
}
