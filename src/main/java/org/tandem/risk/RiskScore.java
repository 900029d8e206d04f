package org.tandem.risk;

import org.tandem.shared.ValidationProblem;

/** A likelihood and an impact, each a whole number from 1 to 5; the score is their product, 1 to 25. */
public record RiskScore(int likelihood, int impact) {

    public static final int MIN = 1;
    public static final int MAX = 5;

    public RiskScore {
        if (likelihood < MIN || likelihood > MAX) {
            throw new IllegalArgumentException("Likelihood must be 1 to 5: " + likelihood);
        }
        if (impact < MIN || impact > MAX) {
            throw new IllegalArgumentException("Impact must be 1 to 5: " + impact);
        }
    }

    /**
     * A score from what a person entered, refusing at the named fields anything but whole numbers from 1 to 5:
     * {@code field} is the stem, say "residual", giving "residualLikelihood" and "residualImpact".
     */
    public static RiskScore of(String field, Integer likelihood, Integer impact) {
        return new RiskScore(checked(field + "Likelihood", "likelihood", likelihood),
                checked(field + "Impact", "impact", impact));
    }

    /** The same from text, as an import or a form holds it: "3" is fine, "3.5", "three" and "7" are not. */
    public static RiskScore parse(String field, String likelihood, String impact) {
        return of(field, whole(field + "Likelihood", "likelihood", likelihood),
                whole(field + "Impact", "impact", impact));
    }

    public int score() {
        return likelihood * impact;
    }

    /** "4 × 5 = 20". */
    public String describe() {
        return likelihood + " × " + impact + " = " + score();
    }

    private static int checked(String field, String name, Integer value) {
        if (value == null) {
            throw new ValidationProblem(field, "Enter the " + name + ", a whole number from 1 to 5.");
        }
        if (value < MIN || value > MAX) {
            throw new ValidationProblem(field, "The " + name + " must be from 1 to 5; " + value + " is outside.");
        }
        return value;
    }

    private static Integer whole(String field, String name, String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(clean);
        } catch (NumberFormatException e) {
            throw new ValidationProblem(field, "The " + name + " must be a whole number from 1 to 5, not \""
                    + clean + "\".");
        }
    }
}
