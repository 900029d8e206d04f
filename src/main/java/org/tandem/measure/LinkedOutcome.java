package org.tandem.measure;

import org.jspecify.annotations.Nullable;

/**
 * An outcome a measure evidences, as it reads now: its priority, its current wording, and the wording it was
 * linked with when that differs (it was reworded since) or when it is no longer found ({@code found} false, and
 * {@code statement} is the wording it was linked with).
 */
public record LinkedOutcome(long priorityId, String priority, String statement, @Nullable String linkedAs,
        boolean found) {

    /** As the page reads it. */
    public String words() {
        if (!found) {
            return priority + ": “" + statement + "” is no longer one of the priority's outcomes; edit the "
                    + "measure to choose again.";
        }
        return priority + ": " + statement + (linkedAs == null ? "" : " (reworded since it was linked as “"
                + linkedAs + "”)");
    }
}
