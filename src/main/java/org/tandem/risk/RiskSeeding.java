package org.tandem.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.AdminOnly;
import org.tandem.people.UserService;

/**
 * Loads a risk with a year of history for the demo partnership, through the same guarded steps as people use;
 * only the dates lie in the past. A reference already in the register is left as it is.
 */
@Component
public class RiskSeeding {

    private final Risks risks;
    private final RiskReviews reviews;
    private final ToleranceDecisions tolerances;
    private final RiskLists lists;
    private final RiskSteps steps;
    private final UserService users;
    private final Clock clock;

    RiskSeeding(Risks risks, RiskReviews reviews, ToleranceDecisions tolerances, RiskLists lists, RiskSteps steps,
            UserService users, Clock clock) {
        this.risks = risks;
        this.reviews = reviews;
        this.tolerances = tolerances;
        this.lists = lists;
        this.steps = steps;
        this.users = users;
        this.clock = clock;
    }

    /** True when the risk was added, false when its reference was already there. */
    @AdminOnly
    @Transactional
    public boolean seed(RiskSeed seed) {
        RiskDraft draft = seed.draft();
        if (risks.existsByReference(draft.getReference())) {
            return false;
        }
        ScoringRules rules = lists.rules();
        ZoneId zone = clock.getZone();
        RiskScore inherent = new RiskScore(draft.getInherentLikelihood(), draft.getInherentImpact());
        RiskScore residual = new RiskScore(draft.getResidualLikelihood(), draft.getResidualImpact());
        RiskScore target = new RiskScore(draft.getTargetLikelihood(), draft.getTargetImpact());
        Risk risk = new Risk(draft.getReference(), draft.getLevel(), "system",
                seed.raisedOn().atTime(10, 0).atZone(zone).toInstant());
        risk.describe(draft, inherent, residual, target, rules.nextReview(residual, seed.raisedOn()));
        risk = risks.saveAndFlush(risk);
        steps.afterScoreChange(risk, null, rules);
        String owner = users.people(java.util.Set.of(risk.getOwnerId())).values().stream().findFirst()
                .map(person -> person.displayName()).orElse("The owner");
        for (RiskSeed.Review review : seed.reviews()) {
            RiskScore score = new RiskScore(review.likelihood(), review.impact());
            int before = risk.residual().score();
            LocalDate next = rules.nextReview(score, review.on());
            risk.review(score, score.score() > inherent.score() ? "Demand has outgrown the controls." : null,
                    review.on(), next);
            reviews.save(new RiskReview(risk.getId(), review.on(), risk.getOwnerId(), owner, score, before,
                    review.commentary(), next, review.on().atTime(16, 0).atZone(zone).toInstant()));
            steps.afterScoreChange(risk, before, rules);
        }
        if (seed.acceptedBy() != null && seed.acceptedUntil() != null) {
            risk.tolerate(seed.acceptedUntil(), LocalDate.now(clock));
            tolerances.save(new ToleranceDecision(risk.getId(), seed.acceptedBy(), clock.instant(),
                    seed.acceptedWhy() == null ? "Accepted by the board." : seed.acceptedWhy(), seed.acceptedUntil(),
                    risk.residual().score()));
        }
        risks.saveAndFlush(risk);
        return true;
    }
}
