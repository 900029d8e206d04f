package org.tandem.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A risk's residual score and level as an issued board report saw them: the half-termly trend over years. */
@Entity
@Table(name = "risk_snapshot")
class RiskSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "report_id", nullable = false)
    private long reportId;
    @Column(name = "half_term_id", nullable = false)
    private long halfTermId;
    @Column(name = "risk_id", nullable = false)
    private long riskId;
    @Column(name = "taken_at", nullable = false)
    private Instant takenAt = Instant.EPOCH;
    @Column(nullable = false)
    private int likelihood;
    @Column(nullable = false)
    private int impact;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "risk_level", nullable = false, length = 20)
    private Level level = Level.WORKSTREAM;

    protected RiskSnapshot() {
    }

    RiskSnapshot(long reportId, long halfTermId, long riskId, Instant takenAt, RiskScore residual, Level level) {
        this.reportId = reportId;
        this.halfTermId = halfTermId;
        this.riskId = riskId;
        this.takenAt = takenAt;
        this.likelihood = residual.likelihood();
        this.impact = residual.impact();
        this.level = level;
    }

    long getRiskId() {
        return riskId;
    }

    long getHalfTermId() {
        return halfTermId;
    }

    Instant getTakenAt() {
        return takenAt;
    }

    RiskScore residual() {
        return new RiskScore(likelihood, impact);
    }

    Level getLevel() {
        return level;
    }
}
