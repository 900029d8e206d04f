package org.tandem.demo;

import org.tandem.people.OrganisationKind;

/** The partners of the demo partnership, named once for the people and the action plan alike. */
enum DemoOrganisation {
    COUNCIL("Riverside Council", OrganisationKind.COUNCIL),
    ICB("Riverside and Vale Integrated Care Board", OrganisationKind.NHS),
    TRUST("Riverside Community Health NHS Trust", OrganisationKind.NHS),
    FORUM("Riverside Parent Carer Forum", OrganisationKind.PARENT_CARER_FORUM),
    SCHOOLS("Oakfield Academy Trust", OrganisationKind.SCHOOL_OR_COLLEGE),
    COLLEGE("Riverside College", OrganisationKind.SCHOOL_OR_COLLEGE),
    EARLY_YEARS("Little Steps Nursery Group", OrganisationKind.EARLY_YEARS),
    YOUTH_VOICE("Riverside Youth Voice", OrganisationKind.YOUNG_PEOPLES_GROUP),
    SENDIASS("Riverside SENDIASS", OrganisationKind.VOLUNTARY_SECTOR);

    private final String displayName;
    private final OrganisationKind kind;

    DemoOrganisation(String displayName, OrganisationKind kind) {
        this.displayName = displayName;
        this.kind = kind;
    }

    String displayName() {
        return displayName;
    }

    OrganisationKind kind() {
        return kind;
    }
}
