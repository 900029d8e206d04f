package org.tandem.feedback;

import org.jspecify.annotations.Nullable;

/** The register's filters; text is cut to a sensible length so that any input is safe to search with. */
public record FeedbackFilter(@Nullable Stage stage, @Nullable Theme theme, boolean overdue, String text) {

    public static final int TEXT_LENGTH = 100;

    public FeedbackFilter {
        text = text == null ? "" : text.strip();
        if (text.length() > TEXT_LENGTH) {
            text = text.substring(0, TEXT_LENGTH);
        }
    }

    public static FeedbackFilter none() {
        return new FeedbackFilter(null, null, false, "");
    }
}
