package org.tandem.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.tandem.shared.AbstractEntity;
import org.tandem.shared.ValidationProblem;

/** A multi-year SEND strategy. Only the current one can change; earlier ones are kept read-only. */
@Entity
@Table(name = "strategy")
@Audited
public class Strategy extends AbstractEntity {

    public static final int NAME_LENGTH = 200;
    public static final int TEXT_LENGTH = 4000;
    public static final int BODY_LENGTH = 200;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name = "";

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom = LocalDate.EPOCH;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo = LocalDate.EPOCH;

    @Column(nullable = false, length = TEXT_LENGTH)
    private String vision = "";

    @Column(nullable = false, length = TEXT_LENGTH)
    private String principles = "";

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private StrategyStatus status = StrategyStatus.DRAFT;

    @Column(name = "approved_on")
    private @Nullable LocalDate approvedOn;

    @Column(name = "approved_by", length = BODY_LENGTH)
    private @Nullable String approvedBy;

    @Column(name = "is_current", nullable = false)
    private boolean current;

    protected Strategy() {
    }

    Strategy(String name, LocalDate periodFrom, LocalDate periodTo, String vision, String principles) {
        describe(name, periodFrom, periodTo, vision, principles);
    }

    void describe(String newName, LocalDate from, LocalDate to, String newVision, String newPrinciples) {
        if (to.isBefore(from)) {
            throw new ValidationProblem("periodTo", "The strategy must end after it starts.");
        }
        this.name = newName;
        this.periodFrom = from;
        this.periodTo = to;
        this.vision = newVision;
        this.principles = newPrinciples;
    }

    void approve(LocalDate on, String body) {
        this.status = StrategyStatus.APPROVED;
        this.approvedOn = on;
        this.approvedBy = body;
    }

    void makeCurrent() {
        this.current = true;
    }

    void retire() {
        this.current = false;
    }

    public String getName() {
        return name;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public String getVision() {
        return vision;
    }

    public String getPrinciples() {
        return principles;
    }

    public StrategyStatus getStatus() {
        return status;
    }

    public @Nullable LocalDate getApprovedOn() {
        return approvedOn;
    }

    public @Nullable String getApprovedBy() {
        return approvedBy;
    }

    public boolean isCurrent() {
        return current;
    }
}
