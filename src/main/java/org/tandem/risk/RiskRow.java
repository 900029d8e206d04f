package org.tandem.risk;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One line of the register, the board's page or a home page. {@code band} is the word; {@code mitigationFailing}
 * says why, or is null.
 */
public record RiskRow(long id, long version, String reference, String title, String category, String owner,
        Level level, RiskScore residual, Band bandKind, String band, Trend trend, boolean aboveAppetite,
        boolean reviewOverdue, LocalDate nextReviewOn, @Nullable String mitigationFailing, boolean confidential,
        boolean tolerated, RiskStatus status) {

    public int score() {
        return residual.score();
    }

    public boolean escalated() {
        return level == Level.BOARD;
    }

    /** "20 Very high", the score always with its word. */
    public String scoreAndBand() {
        return residual.score() + " " + band;
    }
}
