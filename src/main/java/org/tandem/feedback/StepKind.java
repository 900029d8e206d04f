package org.tandem.feedback;

/** The named steps of the timeline; each is recorded with who took it and when. */
public enum StepKind {
    LOGGED("Logged"),
    EDITED("Edited"),
    ASSIGNED("Assigned"),
    RESPONSE_DRAFTED("Response drafted"),
    WORDING_CHANGED("Public wording changed"),
    AGREED("Agreed with the forum"),
    PUBLISHED("Published"),
    UPDATED("Published wording updated"),
    WITHDRAWN("Withdrawn"),
    ARCHIVED("Archived");

    private final String label;

    StepKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
