package org.tandem.risk;

public enum RiskStatus {
    OPEN("Open"),
    CLOSED("Closed");

    private final String label;

    RiskStatus(String label) {
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
