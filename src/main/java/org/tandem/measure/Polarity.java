package org.tandem.measure;

/** Which way is better. */
public enum Polarity {
    HIGHER_IS_BETTER("Higher is better"),
    LOWER_IS_BETTER("Lower is better"),
    NEITHER("Neither (watched, not rated)");

    private final String label;

    Polarity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** How far {@code value} is better than {@code than}: positive when better, negative when worse. */
    double better(double value, double than) {
        return switch (this) {
            case HIGHER_IS_BETTER -> value - than;
            case LOWER_IS_BETTER -> than - value;
            case NEITHER -> 0;
        };
    }
}
