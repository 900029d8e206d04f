package org.tandem.feedback;

import java.time.LocalDate;

/** One signatory of the pledge, with its organisation's name. */
public record SignatoryRow(long id, long version, long organisationId, String organisation, LocalDate signedOn,
        String contactName, String commitments) {
}
