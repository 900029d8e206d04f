package org.tandem.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.tandem.shared.AbstractEntity;

/** A partner of the SEND and AP partnership: the council, an NHS body, a school, the forum and so on. */
@Entity
@Table(name = "partner_organisation")
@Audited
public class PartnerOrganisation extends AbstractEntity {

    public static final int NAME_LENGTH = 150;

    @Column(nullable = false, unique = true, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 40)
    private OrganisationKind kind;

    protected PartnerOrganisation() {
        this.name = "";
        this.kind = OrganisationKind.OTHER;
    }

    PartnerOrganisation(String name, OrganisationKind kind) {
        this.name = name;
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    void rename(String newName, OrganisationKind newKind) {
        this.name = newName;
        this.kind = newKind;
    }

    @Override
    public String toString() {
        return name;
    }
}
