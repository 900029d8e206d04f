package org.tandem.risk;

/** Which of a risk's three scores a heat map (or a cell of it) counts. */
public enum Basis {
    RESIDUAL("Residual (current)"),
    INHERENT("Inherent (before controls)"),
    TARGET("Target");

    private final String label;

    Basis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    RiskScore of(Risk risk) {
        return switch (this) {
            case RESIDUAL -> risk.residual();
            case INHERENT -> risk.inherent();
            case TARGET -> risk.target();
        };
    }

    String likelihoodField() {
        return name().toLowerCase() + "Likelihood";
    }

    String impactField() {
        return name().toLowerCase() + "Impact";
    }

    @Override
    public String toString() {
        return label;
    }
}
