package org.tandem.people;

/** A partner organisation as lists and pickers show it. */
public record OrganisationSummary(long id, long version, String name, OrganisationKind kind) {

    static OrganisationSummary of(PartnerOrganisation organisation) {
        return new OrganisationSummary(organisation.getId(), organisation.getVersion(), organisation.getName(),
                organisation.getKind());
    }

    @Override
    public String toString() {
        return name;
    }
}
