package org.tandem.measure;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.Rag;

/** What the dashboard shows: a priority, a colour, experience measures only, or the reader's own. */
public record MeasureFilter(@Nullable Long priorityId, @Nullable Rag rag, boolean experienceOnly, boolean mine) {

    public static MeasureFilter none() {
        return new MeasureFilter(null, null, false, false);
    }
}
