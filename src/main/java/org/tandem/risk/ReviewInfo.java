package org.tandem.risk;

import java.time.LocalDate;

/** A review as the risk page's history shows it. */
public record ReviewInfo(LocalDate reviewedOn, String reviewer, RiskScore residual, String band, Trend trend,
        String commentary, LocalDate nextReviewOn) {
}
