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

/**
 * The decision to tolerate a risk: who accepted it (a board member or an admin), when, why, until when and at
 * what score. It lapses, with the reason kept, when the residual score rises or the date passes.
 */
@Entity
@Table(name = "risk_tolerance")
class ToleranceDecision {

    static final int REASON_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "risk_id", nullable = false)
    private long riskId;
    @Column(name = "accepted_by", nullable = false, length = 100)
    private String acceptedBy = "";
    @Column(name = "accepted_at", nullable = false)
    private Instant acceptedAt = Instant.EPOCH;
    @Column(nullable = false, length = REASON_LENGTH)
    private String reason = "";
    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn = LocalDate.EPOCH;
    @Column(name = "at_score", nullable = false)
    private int atScore;
    @Column(name = "lapsed_at")
    private @Nullable Instant lapsedAt;
    @Column(name = "lapse_reason", length = 300)
    private @Nullable String lapseReason;

    protected ToleranceDecision() {
    }

    ToleranceDecision(long riskId, String acceptedBy, Instant acceptedAt, String reason, LocalDate expiresOn,
            int atScore) {
        this.riskId = riskId;
        this.acceptedBy = acceptedBy;
        this.acceptedAt = acceptedAt;
        this.reason = reason;
        this.expiresOn = expiresOn;
        this.atScore = atScore;
    }

    void lapse(Instant at, String why) {
        if (lapsedAt == null) {
            this.lapsedAt = at;
            this.lapseReason = why.length() > 300 ? why.substring(0, 300) : why;
        }
    }

    boolean isStanding() {
        return lapsedAt == null;
    }

    long getRiskId() {
        return riskId;
    }

    @Nullable Instant getLapsedAt() {
        return lapsedAt;
    }

    ToleranceInfo info() {
        return new ToleranceInfo(acceptedBy, acceptedAt, reason, expiresOn, atScore, lapsedAt, lapseReason);
    }
}
