package org.tandem.sef;

/** Where an edition is on its way to the board: drafted, submitted for approval, approved (and so frozen). */
public enum EditionStatus {
    DRAFT("Draft"),
    SUBMITTED("Submitted to the board"),
    APPROVED("Approved");

    private final String label;

    EditionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
