package org.tandem.strategy;

public enum StrategyStatus {
    DRAFT("Draft"), APPROVED("Approved");

    private final String label;

    StrategyStatus(String label) {
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
