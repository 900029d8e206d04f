package org.tandem.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.tandem.shared.AbstractEntity;

/** A partner organisation that signed the pledge, who signed for it and what it promised. */
@Entity
@Table(name = "pledge_signatory")
@Audited
class PledgeSignatory extends AbstractEntity {

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn = LocalDate.EPOCH;

    @Column(name = "contact_name", nullable = false, length = SignatoryDraft.CONTACT_LENGTH)
    private String contactName = "";

    @Column(nullable = false, length = SignatoryDraft.COMMITMENTS_LENGTH)
    private String commitments = "";

    protected PledgeSignatory() {
    }

    PledgeSignatory(SignatoryDraft draft) {
        record(draft);
    }

    void record(SignatoryDraft draft) {
        this.organisationId = draft.organisationId();
        this.signedOn = draft.signedOn();
        this.contactName = draft.contactName().strip();
        this.commitments = draft.commitments().strip();
    }

    long getOrganisationId() {
        return organisationId;
    }

    LocalDate getSignedOn() {
        return signedOn;
    }

    String getContactName() {
        return contactName;
    }

    String getCommitments() {
        return commitments;
    }
}
