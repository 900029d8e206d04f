package org.tandem.risk;

/** The children, young people and families a risk would fall on. */
public enum AffectedGroup {
    EHC_PLANS("Children with EHC plans"),
    SEN_SUPPORT("Children at SEN support"),
    ALTERNATIVE_PROVISION("Children in alternative provision"),
    YOUNG_PEOPLE_16_25("Young people 16 to 25"),
    FAMILIES("Families");

    private final String label;

    AffectedGroup(String label) {
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
