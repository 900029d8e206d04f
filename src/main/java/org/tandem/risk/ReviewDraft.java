package org.tandem.risk;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A review as the owner enters it. An empty next review date follows the band's interval; {@code note} is
 * needed only when the new residual score is above the inherent one.
 */
public record ReviewDraft(@Nullable LocalDate reviewedOn, @Nullable Integer likelihood, @Nullable Integer impact,
        @Nullable String note, @Nullable String commentary, @Nullable LocalDate nextReviewOn) {

    public static final int COMMENTARY_LENGTH = RiskReview.COMMENTARY_LENGTH;
}
