package org.tandem.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Everything the risk page shows, with what the reader may do to it. */
public record RiskDetails(long id, long version, String reference, String title, String cause, String event,
        String consequence, String category, int appetite, String owner, @Nullable String workstream,
        List<String> partners, List<String> priorities, Set<AffectedGroup> groups, RiskScore inherent,
        String inherentBand, String controls, RiskScore residual, Band residualBandKind, String residualBand,
        @Nullable String residualNote, RiskScore target, String targetBand, @Nullable LocalDate targetDate,
        RiskResponse response, Level level, boolean confidential, RiskStatus status, @Nullable String closedReason,
        @Nullable LocalDate closedOn, @Nullable LocalDate lastReviewOn, LocalDate nextReviewOn, boolean reviewOverdue,
        Trend trend, boolean aboveAppetite, @Nullable String mitigationFailing, List<LinkedAction> actions,
        @Nullable ToleranceInfo tolerance, String raisedBy, Instant raisedAt, boolean mayEdit, boolean mayReview,
        boolean mayClose, boolean mayEscalate, boolean mayDeEscalate, boolean mayAccept) {
}
