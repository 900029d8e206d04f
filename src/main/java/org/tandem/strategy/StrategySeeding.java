package org.tandem.strategy;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.shared.BeanCheck;
import org.tandem.people.AdminOnly;

/**
 * A strategy set up at start-up (the demo) in one step, where a person would create, approve and make it current
 * one screen at a time. Each call adds only what is missing, so a restart keeps what people changed since.
 */
@Component
public class StrategySeeding {

    private final Strategies strategies;
    private final Priorities priorities;
    private final BeanCheck check;

    StrategySeeding(Strategies strategies, Priorities priorities, BeanCheck check) {
        this.strategies = strategies;
        this.priorities = priorities;
        this.check = check;
    }

    /**
     * The strategy of that name; when there is none, it is created approved and made current (the one current
     * before is kept read-only, as when an admin makes a strategy current).
     */
    @AdminOnly
    @Transactional
    public long strategy(StrategyDraft draft, LocalDate approvedOn, String approvedBy) {
        check.valid(draft);
        return strategies.findFirstByName(draft.getName()).orElseGet(() -> {
            Strategy strategy = new Strategy(draft.getName(), draft.getPeriodFrom(), draft.getPeriodTo(),
                    draft.getVision(), draft.getPrinciples());
            strategy.approve(approvedOn, approvedBy);
            strategies.findFirstByCurrentTrue().ifPresent(Strategy::retire);
            strategy.makeCurrent();
            return strategies.saveAndFlush(strategy);
        }).getId();
    }

    /** The strategy's priority with the draft's number, added from the draft when there is none. */
    @AdminOnly
    @Transactional
    public long priority(long strategyId, PriorityDraft draft) {
        check.valid(draft);
        return priorities.findByStrategy(strategyId).stream()
                .filter(priority -> priority.getNumber() == draft.getNumber()).findFirst().orElseGet(() -> {
                    Strategy strategy = strategies.findById(strategyId).orElseThrow(
                            () -> new IllegalArgumentException("No strategy " + strategyId));
                    Priority priority = new Priority(strategy, draft.getNumber());
                    priority.describe(draft.getNumber(), draft.getTitle(), draft.getDescription(),
                            draft.getOutcomes(), draft.getSponsorId(), draft.getLeadOrganisationId());
                    return priorities.saveAndFlush(priority);
                }).getId();
    }
}
