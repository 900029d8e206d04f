package org.tandem.risk;

import java.util.List;

/** What an owner's home page shows: their reviews due within a week or overdue, and their failing mitigations. */
public record MyRisks(List<RiskRow> reviewsDue, List<RiskRow> mitigationFailing) {

    public boolean isEmpty() {
        return reviewsDue.isEmpty() && mitigationFailing.isEmpty();
    }
}
