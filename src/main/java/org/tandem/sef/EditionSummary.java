package org.tandem.sef;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An edition as lists and headings show it, with the next steps the person may take. */
public record EditionSummary(long id, long version, String name, String academicYear, EditionStatus status,
        String templateName, List<String> scale, @Nullable LocalDate submittedOn, @Nullable LocalDate approvedOn,
        @Nullable String minuteReference, boolean maySubmit, boolean mayApprove) {

    /** The status in words, with the approval's date and minute once approved. */
    public String statusInWords() {
        if (status == EditionStatus.APPROVED && approvedOn != null) {
            return "Approved by the board on " + org.tandem.shared.BritishDates.LONG.format(approvedOn) + " (minute "
                    + minuteReference + "); frozen";
        }
        return status.label();
    }
}
