package org.tandem.feedback;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Feedback with a past, for start-up data: logged at a given time by a given rep and taken to {@code stage},
 * each later step a few days after the one before.
 */
public record FeedbackSeed(FeedbackDraft draft, String loggedBy, Instant loggedAt, Stage stage,
        @Nullable Long organisationId, @Nullable Long officerId, @Nullable String officerUsername,
        @Nullable ResponseDraft response, @Nullable String publicYouSaid, @Nullable String publicWeDid,
        @Nullable String withdrawnReason) {

    /** Days after logging at which each step was taken, so that a seeded timeline reads naturally. */
    static final int ASSIGNED_AFTER = 3;
    static final int DRAFTED_AFTER = 12;
    static final int AGREED_AFTER = 16;
    static final int PUBLISHED_AFTER = 18;
    static final int CLOSED_AFTER = 25;
}
