package org.tandem.risk;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.SignedIn;

/** The heat map of open risks the reader may see (confidential ones only for those who may see them). */
@Service
public class RiskHeatMap {

    private final RiskRegister register;

    RiskHeatMap(RiskRegister register) {
        this.register = register;
    }

    @SignedIn
    @Transactional(readOnly = true)
    public HeatMap of(Basis basis) {
        return of(basis, RiskFilter.none());
    }

    /** The heat map of the risks a register filter shows (a heat-map cell's own filter is left out). */
    @SignedIn
    @Transactional(readOnly = true)
    public HeatMap of(Basis basis, RiskFilter filter) {
        RiskRegister.Rows rows = register.rows();
        RiskFilter withoutCell = new RiskFilter(filter.category(), filter.ownerId(), filter.partnerId(),
                filter.level(), filter.band(), filter.aboveAppetite(), filter.escalated(), filter.reviewOverdue(),
                filter.mitigationFailing(), false, null, null, Basis.RESIDUAL, filter.text());
        int[][] counts = new int[5][5];
        for (Risk risk : register.visible(rows, withoutCell)) {
            RiskScore score = basis.of(risk);
            counts[score.likelihood() - 1][score.impact() - 1]++;
        }
        ScoringRules rules = rows.rules();
        return new HeatMap(basis, rules.likelihoodLabels(), rules.impactLabels(), counts, rules);
    }
}
