package org.tandem.feedback;

/** What sort of co-production it was. */
public enum ActivityKind {
    WORKSHOP("Workshop"),
    SURVEY("Survey"),
    FORUM_MEETING("Forum meeting"),
    REVIEW_PANEL("Review panel"),
    OTHER("Other");

    private final String label;

    ActivityKind(String label) {
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
