package org.tandem.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A co-production activity as the form sends it: no id and version 0 for a new one. A group that did not take
 * part has no number.
 */
public record ActivityDraft(
        @Nullable Long id,
        long version,
        @NotNull(message = "Give the date it took place.") LocalDate heldOn,
        @NotNull(message = "Choose what kind of activity it was.") ActivityKind kind,
        @NotBlank(message = "Say in a few words what the activity was.")
        @Size(max = ActivityDraft.TITLE_LENGTH, message = "Use at most {max} characters.") String title,
        @Nullable @Min(value = 0, message = "A number of people cannot be negative.")
        @Max(value = ActivityDraft.MAX_PEOPLE, message = "Use a number up to {value}.") Integer parents,
        @Nullable @Min(value = 0, message = "A number of people cannot be negative.")
        @Max(value = ActivityDraft.MAX_PEOPLE, message = "Use a number up to {value}.") Integer youngPeople,
        @Nullable @Min(value = 0, message = "A number of people cannot be negative.")
        @Max(value = ActivityDraft.MAX_PEOPLE, message = "Use a number up to {value}.") Integer professionals,
        @NotBlank(message = "Say what changed as a result, or what is planned to change.")
        @Size(max = ActivityDraft.CHANGED_LENGTH, message = "Use at most {max} characters.") String whatChanged,
        @NotNull @Size(max = ActivityDraft.MAX_LINKS, message = "Link at most {max} actions.") Set<Long> actionIds,
        @NotNull @Size(max = ActivityDraft.MAX_LINKS, message = "Link at most {max} pieces of feedback.")
        Set<Long> feedbackIds) {

    public static final int TITLE_LENGTH = 200;
    public static final int CHANGED_LENGTH = 4000;
    public static final int MAX_PEOPLE = 100_000;
    public static final int MAX_LINKS = 20;
}
