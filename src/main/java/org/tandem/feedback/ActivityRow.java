package org.tandem.feedback;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One logged co-production activity. */
public record ActivityRow(long id, long version, LocalDate heldOn, ActivityKind kind, String title,
        @Nullable Integer parents, @Nullable Integer youngPeople, @Nullable Integer professionals,
        String whatChanged, String loggedBy, Set<Long> actionIds, Set<Long> feedbackIds) {

    /** Who took part, as a line of text such as "12 parents and carers, 3 professionals". */
    public String participants() {
        StringBuilder text = new StringBuilder();
        append(text, parents, "parents and carers");
        append(text, youngPeople, "children and young people");
        append(text, professionals, "professionals");
        return text.toString();
    }

    private static void append(StringBuilder text, @Nullable Integer count, String group) {
        if (count != null) {
            text.append(text.isEmpty() ? "" : ", ").append(count).append(' ').append(group);
        }
    }

    public ActivityDraft toDraft() {
        return new ActivityDraft(id, version, heldOn, kind, title, parents, youngPeople, professionals, whatChanged,
                actionIds, feedbackIds);
    }
}
