package org.tandem.risk;

/** A score's band; its word comes from the scoring settings, so admins can rename it. */
public enum Band {
    LOW,
    MEDIUM,
    HIGH,
    VERY_HIGH;

    public String cssClass() {
        return "risk-band-" + name().toLowerCase().replace('_', '-');
    }
}
