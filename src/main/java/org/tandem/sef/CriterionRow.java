package org.tandem.sef;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One criterion of an edition as the overview and the gap view list it: the judgement in words, how strong its
 * evidence is, the RAG of its linked actions, and the gaps found in it (empty when none).
 */
public record CriterionRow(long evaluationId, long criterionId, String area, String title,
        @Nullable String judgement, EvidenceStrength strength, List<LinkedAction> actions, @Nullable Long ownerId,
        @Nullable String owner, @Nullable LocalDate lastReviewedOn, List<Gap> gaps, boolean mayEdit) {

    public String judgementInWords() {
        return judgement == null ? "Not yet judged" : judgement;
    }

    public boolean hasGaps() {
        return !gaps.isEmpty();
    }
}
