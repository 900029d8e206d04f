package org.tandem.sef;

/** What sort of evidence an item is. */
public enum EvidenceKind {
    DATA("Data or dashboard"),
    AUDIT("Audit"),
    SURVEY("Survey"),
    CASE_STUDY("Case study"),
    FAMILY_FEEDBACK("Family feedback"),
    INSPECTION("Inspection or peer review"),
    MINUTES("Minutes"),
    DOCUMENT("Document");

    private final String label;

    EvidenceKind(String label) {
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
