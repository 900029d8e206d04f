package org.tandem.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A published "you said, we did" as the public sees it: only the reviewed public wording, its status, date,
 * themes and priorities; nothing internal (no names, no officer, no original words) is ever part of it.
 */
public record PublicEntry(long id, String youSaid, String weDid, ResponseKind status, Instant publishedAt,
        LocalDate publishedOn, List<Theme> themes, List<PublicPriority> priorities) {

    /** A priority as the public page names it: "Priority 2: Timely EHC plans". */
    public record PublicPriority(int number, String title) {

        public String label() {
            return "Priority " + number + ": " + title;
        }
    }
}
