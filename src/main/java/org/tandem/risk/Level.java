package org.tandem.risk;

/** Where a risk is managed; the board sees the serious ones. Ordered from lowest to highest. */
public enum Level {
    WORKSTREAM("Workstream"),
    STEERING_GROUP("Steering group"),
    BOARD("Board");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
