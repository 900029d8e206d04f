package org.tandem.feedback;

import org.jspecify.annotations.Nullable;

/** Announced when an item is assigned, so that the officer is told by e-mail once the assignment is saved. */
public record FeedbackAssigned(long feedbackId, String officerName, @Nullable String officerEmail,
        String whatWasSaid) {
}
