package org.tandem.feedback;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One line of the register, the inbox or the officer's list. */
public record FeedbackRow(long id, long version, String whatWasSaid, LocalDate saidOn, LocalDate loggedOn,
        VoiceGroup voiceGroup, Set<Theme> themes, Stage stage, String loggedBy, @Nullable Long officerId,
        boolean overdue) {
}
