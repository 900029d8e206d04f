package org.tandem.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One review of a risk, as it was recorded; reviews are never changed afterwards. */
@Entity
@Table(name = "risk_review")
class RiskReview {

    static final int COMMENTARY_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "risk_id", nullable = false)
    private long riskId;
    @Column(name = "reviewed_on", nullable = false)
    private LocalDate reviewedOn = LocalDate.EPOCH;
    @Column(name = "reviewer_id")
    private @Nullable Long reviewerId;
    @Column(name = "reviewer_name", nullable = false, length = 100)
    private String reviewerName = "";
    @Column(nullable = false)
    private int likelihood;
    @Column(nullable = false)
    private int impact;
    @Column(name = "previous_score", nullable = false)
    private int previousScore;
    @Column(nullable = false, length = COMMENTARY_LENGTH)
    private String commentary = "";
    @Column(name = "next_review_on", nullable = false)
    private LocalDate nextReviewOn = LocalDate.EPOCH;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt = Instant.EPOCH;

    protected RiskReview() {
    }

    RiskReview(long riskId, LocalDate reviewedOn, @Nullable Long reviewerId, String reviewerName, RiskScore score,
            int previousScore, String commentary, LocalDate nextReviewOn, Instant recordedAt) {
        this.riskId = riskId;
        this.reviewedOn = reviewedOn;
        this.reviewerId = reviewerId;
        this.reviewerName = reviewerName;
        this.likelihood = score.likelihood();
        this.impact = score.impact();
        this.previousScore = previousScore;
        this.commentary = commentary;
        this.nextReviewOn = nextReviewOn;
        this.recordedAt = recordedAt;
    }

    ReviewInfo info(ScoringRules rules) {
        RiskScore score = new RiskScore(likelihood, impact);
        return new ReviewInfo(reviewedOn, reviewerName, score, rules.word(rules.band(score)),
                Trend.between(previousScore, score.score()), commentary, nextReviewOn);
    }

    long getRiskId() {
        return riskId;
    }

    LocalDate getReviewedOn() {
        return reviewedOn;
    }
}
