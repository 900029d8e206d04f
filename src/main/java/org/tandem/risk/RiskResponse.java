package org.tandem.risk;

/** What the partnership does about a risk. Tolerating one is also a decision someone takes (see ToleranceInfo). */
public enum RiskResponse {
    TREAT("Treat"),
    TOLERATE("Tolerate"),
    TRANSFER("Transfer"),
    TERMINATE("Terminate");

    private final String label;

    RiskResponse(String label) {
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
