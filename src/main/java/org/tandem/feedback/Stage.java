package org.tandem.feedback;

/** Where a piece of feedback is on its way from being heard to a published "we did". */
public enum Stage {
    LOGGED("Logged"),
    ASSIGNED("Assigned"),
    RESPONSE_DRAFTED("Response drafted"),
    AGREED("Agreed with the forum"),
    PUBLISHED("Published"),
    WITHDRAWN("Withdrawn"),
    ARCHIVED("Archived");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still waiting for a response: these count towards the overdue flag. */
    public boolean awaitsResponse() {
        return this == LOGGED || this == ASSIGNED;
    }

    @Override
    public String toString() {
        return label;
    }
}
