package org.tandem.sef;

import java.time.Instant;
import java.time.LocalDate;

/** One piece of evidence behind one criterion, as much as strength and the lists need. */
record Backing(long criterionId, long evidenceId, Voice voice, LocalDate on, Instant addedAt, String title,
        boolean personalData) {
}
