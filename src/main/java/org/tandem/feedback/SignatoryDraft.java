package org.tandem.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A signatory as the form sends it: no id and version 0 for a new one. */
public record SignatoryDraft(
        @Nullable Long id,
        long version,
        @NotNull(message = "Choose the organisation that signed.") Long organisationId,
        @NotNull(message = "Give the date it was signed.") LocalDate signedOn,
        @NotBlank(message = "Give the name of the contact who signed.")
        @Size(max = SignatoryDraft.CONTACT_LENGTH, message = "Use at most {max} characters.") String contactName,
        @NotBlank(message = "Say what the organisation commits to.")
        @Size(max = SignatoryDraft.COMMITMENTS_LENGTH, message = "Use at most {max} characters.") String commitments) {

    public static final int CONTACT_LENGTH = 120;
    public static final int COMMITMENTS_LENGTH = 2000;
}
