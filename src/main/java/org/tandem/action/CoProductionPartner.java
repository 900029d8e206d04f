package org.tandem.action;

/** Who an action was co-produced with. */
public enum CoProductionPartner {
    PARENT_CARER_FORUM("Parent carer forum"), YOUNG_PEOPLES_GROUP("Young people's group");

    private final String label;

    CoProductionPartner(String label) {
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
