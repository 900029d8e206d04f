package org.tandem.risk;

import java.time.LocalDate;
import java.util.List;
import org.tandem.shared.ValidationProblem;

/**
 * How scores read, as admins set them: the bands' upper scores and words, the residual score that sends a risk
 * to the board, how often each band is reviewed, and the labels of the matrix's rows and columns.
 */
public record ScoringRules(int lowMax, int mediumMax, int highMax, String lowLabel, String mediumLabel,
        String highLabel, String veryHighLabel, int boardThreshold, int lowReviewMonths, int mediumReviewMonths,
        int highReviewMonths, int veryHighReviewMonths, List<String> likelihoodLabels, List<String> impactLabels) {

    public static final int LABEL_LENGTH = 30;

    public ScoringRules {
        if (!(1 <= lowMax && lowMax < mediumMax && mediumMax < highMax && highMax < 25)) {
            throw new ValidationProblem("lowMax", "The bands must rise: low up to a score below medium's top, "
                    + "medium below high's, and high below 25.");
        }
        if (boardThreshold < 1 || boardThreshold > 25) {
            throw new ValidationProblem("boardThreshold", "The board threshold must be a score from 1 to 25.");
        }
        for (int months : List.of(lowReviewMonths, mediumReviewMonths, highReviewMonths, veryHighReviewMonths)) {
            if (months < 1 || months > 24) {
                throw new ValidationProblem("reviewMonths", "Review intervals must be 1 to 24 months.");
            }
        }
        for (String label : List.of(lowLabel, mediumLabel, highLabel, veryHighLabel)) {
            if (label == null || label.isBlank() || label.length() > LABEL_LENGTH) {
                throw new ValidationProblem("bandLabels", "Give each band a word of 1 to " + LABEL_LENGTH
                        + " characters.");
            }
        }
        likelihoodLabels = List.copyOf(likelihoodLabels);
        impactLabels = List.copyOf(impactLabels);
        if (likelihoodLabels.size() != 5 || impactLabels.size() != 5) {
            throw new ValidationProblem("matrixLabels", "Name each of the five likelihoods and impacts.");
        }
    }

    /** The defaults: 1–4 low, 5–9 medium, 10–14 high, 15–25 very high; board at 15; reviews 6, 3, 2, 1 months. */
    public static ScoringRules defaults() {
        return new ScoringRules(4, 9, 14, "Low", "Medium", "High", "Very high", 15, 6, 3, 2, 1,
                List.of("Rare", "Unlikely", "Possible", "Likely", "Almost certain"),
                List.of("Negligible", "Minor", "Moderate", "Major", "Severe"));
    }

    public Band band(int score) {
        if (score <= lowMax) {
            return Band.LOW;
        }
        if (score <= mediumMax) {
            return Band.MEDIUM;
        }
        return score <= highMax ? Band.HIGH : Band.VERY_HIGH;
    }

    public Band band(RiskScore score) {
        return band(score.score());
    }

    /** The band's word, as everyone reads it: a band is never shown by colour alone. */
    public String word(Band band) {
        return switch (band) {
            case LOW -> lowLabel;
            case MEDIUM -> mediumLabel;
            case HIGH -> highLabel;
            case VERY_HIGH -> veryHighLabel;
        };
    }

    /** "20 Very high". */
    public String describe(RiskScore score) {
        return score.score() + " " + word(band(score));
    }

    /** The scores a band covers, "10 to 14". */
    public String range(Band band) {
        return switch (band) {
            case LOW -> "1 to " + lowMax;
            case MEDIUM -> (lowMax + 1) + " to " + mediumMax;
            case HIGH -> (mediumMax + 1) + " to " + highMax;
            case VERY_HIGH -> (highMax + 1) + " to 25";
        };
    }

    public int reviewMonths(Band band) {
        return switch (band) {
            case LOW -> lowReviewMonths;
            case MEDIUM -> mediumReviewMonths;
            case HIGH -> highReviewMonths;
            case VERY_HIGH -> veryHighReviewMonths;
        };
    }

    /** When a risk with this residual score, reviewed on {@code reviewedOn}, is next due for review by default. */
    public LocalDate nextReview(RiskScore residual, LocalDate reviewedOn) {
        return reviewedOn.plusMonths(reviewMonths(band(residual)));
    }

    public boolean reachesBoard(RiskScore residual) {
        return residual.score() >= boardThreshold;
    }
}
