package org.tandem.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What follows a change of a risk's residual score, whoever made it: a standing tolerance lapses when the score
 * rose above what was accepted (or its date passed) and the risk goes back to the board; a score reaching the
 * board threshold takes the risk to the board. Every move between levels is recorded here.
 */
@Component
class RiskSteps {

    static final String RULE = "board threshold";

    private final Escalations escalations;
    private final ToleranceDecisions tolerances;
    private final Clock clock;

    RiskSteps(Escalations escalations, ToleranceDecisions tolerances, Clock clock) {
        this.escalations = escalations;
        this.tolerances = tolerances;
        this.clock = clock;
    }

    /** @param before the residual score before the change, null for a new risk */
    void afterScoreChange(Risk risk, @Nullable Integer before, ScoringRules rules) {
        LocalDate today = LocalDate.now(clock);
        Optional<String> lapse = risk.toleranceLapse(today);
        if (lapse.isPresent()) {
            lapseTolerance(risk, lapse.get());
            return;
        }
        boolean tolerated = risk.getToleratedUntil() != null;
        int score = risk.residual().score();
        boolean reached = rules.reachesBoard(risk.residual()) && (before == null || before < rules.boardThreshold());
        if (reached && !tolerated && risk.getLevel() != Level.BOARD) {
            moved(risk, Level.BOARD, true, RULE, "The residual score " + score + " reached the board threshold of "
                    + rules.boardThreshold() + ".");
        }
    }

    /** Ends the standing tolerance with its reason, and sends the risk back to the board. */
    void lapseTolerance(Risk risk, String why) {
        risk.endTolerance();
        tolerances.standing(risk.getId()).ifPresent(decision -> {
            decision.lapse(clock.instant(), why);
            tolerances.save(decision);
        });
        if (risk.getLevel() != Level.BOARD) {
            moved(risk, Level.BOARD, true, "tolerance lapsed", "The tolerance lapsed: " + why);
        }
    }

    /** Moves the risk up or down and records who (or which rule) moved it, and why. */
    void moved(Risk risk, Level to, boolean byRule, String by, String reason) {
        Level from = risk.getLevel();
        if (to.compareTo(from) > 0) {
            risk.escalate(to);
        } else {
            risk.deEscalate(to);
        }
        escalations.save(new Escalation(risk.getId(), clock.instant(), from, to, byRule, by, reason));
    }
}
