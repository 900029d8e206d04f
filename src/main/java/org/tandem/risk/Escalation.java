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

/** A move of a risk between levels, up or down: when, from where to where, by the rule or by whom, and why. */
@Entity
@Table(name = "risk_escalation")
class Escalation {

    static final int REASON_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "risk_id", nullable = false)
    private long riskId;
    @Column(name = "taken_at", nullable = false)
    private Instant takenAt = Instant.EPOCH;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "from_level", nullable = false, length = 20)
    private Level from = Level.WORKSTREAM;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "to_level", nullable = false, length = 20)
    private Level to = Level.WORKSTREAM;
    @Column(name = "by_rule", nullable = false)
    private boolean byRule;
    @Column(name = "taken_by", nullable = false, length = 100)
    private String takenBy = "";
    @Column(nullable = false, length = REASON_LENGTH)
    private String reason = "";

    protected Escalation() {
    }

    Escalation(long riskId, Instant takenAt, Level from, Level to, boolean byRule, String takenBy, String reason) {
        this.riskId = riskId;
        this.takenAt = takenAt;
        this.from = from;
        this.to = to;
        this.byRule = byRule;
        this.takenBy = takenBy;
        this.reason = reason.length() > REASON_LENGTH ? reason.substring(0, REASON_LENGTH) : reason;
    }

    EscalationInfo info() {
        return new EscalationInfo(takenAt, from, to, byRule, takenBy, reason);
    }
}
