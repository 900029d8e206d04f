package org.tandem.sef;

import java.util.List;

/** One criterion of an edition, with its narrative and the evidence behind it that the person may see. */
public record CriterionPage(EditionSummary edition, CriterionRow row, String description, String whatWeKnow,
        String howWeKnow, String whatWeAreDoing, String impactSoFar, List<EvidenceRow> evidence,
        int evidenceHidden) {
}
