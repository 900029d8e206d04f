package org.tandem.people;

/** The kinds of partner that sit on a SEND and AP partnership. */
public enum OrganisationKind {
    COUNCIL("Council"),
    NHS("NHS"),
    SCHOOL_OR_COLLEGE("School or college"),
    EARLY_YEARS("Early years"),
    PARENT_CARER_FORUM("Parent carer forum"),
    YOUNG_PEOPLES_GROUP("Young people's group"),
    VOLUNTARY_SECTOR("Voluntary sector"),
    OTHER("Other");

    private final String label;

    OrganisationKind(String label) {
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
