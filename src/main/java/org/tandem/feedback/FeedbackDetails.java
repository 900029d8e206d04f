package org.tandem.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything the item page shows, with the steps the viewer may take now ({@link #nextSteps}). The withdrawn
 * reason is given while the item is withdrawn.
 */
public record FeedbackDetails(long id, long version, String whatWasSaid, LocalDate saidOn, Channel channel,
        VoiceGroup voiceGroup, @Nullable Integer peopleCount, Set<Theme> themes, List<String> priorities,
        Set<Long> priorityIds, String loggedBy, LocalDate loggedOn, Stage stage, boolean overdue,
        @Nullable Long organisationId, @Nullable String organisation, @Nullable Long officerId,
        @Nullable String officer, @Nullable ResponseKind responseKind, @Nullable String responseText,
        @Nullable String couldNotReason, Set<Long> actionIds, List<String> actions, @Nullable String publicYouSaid,
        @Nullable String publicWeDid, @Nullable Instant publishedAt, @Nullable String withdrawnReason,
        Set<NextStep> nextSteps) {

    public boolean may(NextStep step) {
        return nextSteps.contains(step);
    }
}
