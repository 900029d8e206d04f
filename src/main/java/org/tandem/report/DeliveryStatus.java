package org.tandem.report;

/** Where one recipient's copy of a report is. */
public enum DeliveryStatus {
    PENDING("Waiting to be sent"),
    SENDING("Being sent"),
    RETRYING("Failed, will be tried again"),
    SENT("Sent"),
    OUTBOX("In the outbox (no mail server set)"),
    FAILED("Failed");

    private final String label;

    DeliveryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
