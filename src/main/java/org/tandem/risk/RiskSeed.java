package org.tandem.risk;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A risk with its past, for demo data: raised on a date, reviewed on earlier dates (each a residual score and a
 * commentary), and optionally accepted by a board member until a date.
 */
public record RiskSeed(RiskDraft draft, LocalDate raisedOn, List<Review> reviews, @Nullable String acceptedBy,
        @Nullable String acceptedWhy, @Nullable LocalDate acceptedUntil) {

    public record Review(LocalDate on, int likelihood, int impact, String commentary) {
    }
}
