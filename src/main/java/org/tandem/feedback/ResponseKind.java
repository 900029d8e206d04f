package org.tandem.feedback;

/** What the partnership did: an honest "we could not, because" matters to families as much as "we did". */
public enum ResponseKind {
    DONE("Done", "We did this"),
    IN_PROGRESS("In progress", "We are doing this"),
    COULD_NOT_DO("Could not do", "We could not do this");

    private final String label;
    private final String publicLabel;

    ResponseKind(String label, String publicLabel) {
        this.label = label;
        this.publicLabel = publicLabel;
    }

    public String label() {
        return label;
    }

    /** How the public page says it, in plain English. */
    public String publicLabel() {
        return publicLabel;
    }

    @Override
    public String toString() {
        return label;
    }
}
