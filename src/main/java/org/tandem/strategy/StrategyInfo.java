package org.tandem.strategy;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A strategy as views and other features read it. */
public record StrategyInfo(long id, long version, String name, LocalDate periodFrom, LocalDate periodTo,
        String vision, String principles, StrategyStatus status, @Nullable LocalDate approvedOn,
        @Nullable String approvedBy, boolean current) {

    static StrategyInfo of(Strategy strategy) {
        return new StrategyInfo(strategy.getId(), strategy.getVersion(), strategy.getName(),
                strategy.getPeriodFrom(), strategy.getPeriodTo(), strategy.getVision(), strategy.getPrinciples(),
                strategy.getStatus(), strategy.getApprovedOn(), strategy.getApprovedBy(), strategy.isCurrent());
    }

    public String period() {
        return periodFrom.getYear() + " to " + periodTo.getYear();
    }
}
