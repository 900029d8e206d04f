package org.tandem.sef;

/** Whose experience a piece of evidence carries; the first two are families' voices, the others professionals'. */
public enum Voice {
    CHILDREN_AND_YOUNG_PEOPLE("Children and young people", true),
    PARENT_CARERS("Parent carers", true),
    PRACTITIONERS("Practitioners", false),
    DATA("Data", false);

    private final String label;
    private final boolean family;

    Voice(String label, boolean family) {
        this.label = label;
        this.family = family;
    }

    public String label() {
        return label;
    }

    /** Whether this is children's, young people's or parent carers' own voice rather than professionals'. */
    public boolean family() {
        return family;
    }

    @Override
    public String toString() {
        return label;
    }
}
