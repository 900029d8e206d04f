package org.tandem.sef;

import java.util.List;
import java.util.Map;

/** An edition's criteria in framework order, with the count of each judgement and the gap headline. */
public record EditionOverview(EditionSummary edition, List<CriterionRow> rows, Map<String, Long> byJudgement,
        GapHeadline gaps) {

    public List<CriterionRow> withGaps() {
        return rows.stream().filter(CriterionRow::hasGaps).toList();
    }
}
