package org.tandem.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;
import org.hibernate.envers.Audited;

/** The one row of scoring settings that admins keep (see {@link ScoringRules}). */
@Entity
@Table(name = "risk_scoring")
@Audited
class RiskScoring {

    static final long ID = 1;

    @Id
    private long id = ID;

    @Version
    private long version;

    @Column(name = "low_max", nullable = false)
    private int lowMax;
    @Column(name = "medium_max", nullable = false)
    private int mediumMax;
    @Column(name = "high_max", nullable = false)
    private int highMax;
    @Column(name = "low_label", nullable = false, length = ScoringRules.LABEL_LENGTH)
    private String lowLabel = "";
    @Column(name = "medium_label", nullable = false, length = ScoringRules.LABEL_LENGTH)
    private String mediumLabel = "";
    @Column(name = "high_label", nullable = false, length = ScoringRules.LABEL_LENGTH)
    private String highLabel = "";
    @Column(name = "very_high_label", nullable = false, length = ScoringRules.LABEL_LENGTH)
    private String veryHighLabel = "";
    @Column(name = "board_threshold", nullable = false)
    private int boardThreshold;
    @Column(name = "low_review_months", nullable = false)
    private int lowReviewMonths;
    @Column(name = "medium_review_months", nullable = false)
    private int mediumReviewMonths;
    @Column(name = "high_review_months", nullable = false)
    private int highReviewMonths;
    @Column(name = "very_high_review_months", nullable = false)
    private int veryHighReviewMonths;
    @Column(name = "likelihood_labels", nullable = false, length = 300)
    private String likelihoodLabels = "";
    @Column(name = "impact_labels", nullable = false, length = 300)
    private String impactLabels = "";

    protected RiskScoring() {
    }

    long getVersion() {
        return version;
    }

    ScoringRules rules() {
        return new ScoringRules(lowMax, mediumMax, highMax, lowLabel, mediumLabel, highLabel, veryHighLabel,
                boardThreshold, lowReviewMonths, mediumReviewMonths, highReviewMonths, veryHighReviewMonths,
                split(likelihoodLabels), split(impactLabels));
    }

    void change(ScoringRules rules) {
        lowMax = rules.lowMax();
        mediumMax = rules.mediumMax();
        highMax = rules.highMax();
        lowLabel = rules.lowLabel();
        mediumLabel = rules.mediumLabel();
        highLabel = rules.highLabel();
        veryHighLabel = rules.veryHighLabel();
        boardThreshold = rules.boardThreshold();
        lowReviewMonths = rules.lowReviewMonths();
        mediumReviewMonths = rules.mediumReviewMonths();
        highReviewMonths = rules.highReviewMonths();
        veryHighReviewMonths = rules.veryHighReviewMonths();
        likelihoodLabels = String.join("|", rules.likelihoodLabels());
        impactLabels = String.join("|", rules.impactLabels());
    }

    private static List<String> split(String labels) {
        return Arrays.stream(labels.split("\\|", -1)).map(String::strip).toList();
    }
}
