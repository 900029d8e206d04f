package org.tandem.feedback;

/** Who said it, as a group: feedback never records individuals. */
public enum VoiceGroup {
    PARENTS_AND_CARERS("Parents and carers"),
    CHILDREN_AND_YOUNG_PEOPLE("Children and young people"),
    PROFESSIONALS("Professionals");

    private final String label;

    VoiceGroup(String label) {
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
