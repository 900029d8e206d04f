package org.tandem.feedback;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A search of the public page or a feed, built from whatever a visitor typed into a URL: every part is bounded
 * and anything odd is ignored, so no request can fail or ask for too much. The theme is its slug, as in
 * {@code ?theme=ehc-plans}.
 */
public record PublicQuery(String text, @Nullable String theme, @Nullable Integer priority, int limit) {

    public static final int TEXT_LENGTH = 100;
    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 50;

    public PublicQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > TEXT_LENGTH) {
            text = text.substring(0, TEXT_LENGTH);
        }
        limit = Math.clamp(limit, 1, MAX_LIMIT);
        theme = theme == null || theme.isBlank() ? null : clip(theme).toLowerCase(Locale.ROOT);
    }

    PublicQuery withoutTheme() {
        return new PublicQuery(text, null, priority, limit);
    }

    public static PublicQuery all() {
        return new PublicQuery("", null, null, Integer.MAX_VALUE);
    }

    /** From raw request parameters, any of which may be missing, empty, huge or nonsense. */
    public static PublicQuery parse(@Nullable String text, @Nullable String theme, @Nullable String priority,
            @Nullable String limit) {
        return new PublicQuery(text == null ? "" : text, theme, number(priority, null), number(limit, DEFAULT_LIMIT));
    }

    boolean matches(PublicEntry entry) {
        if (theme != null && entry.themes().stream().noneMatch(t -> t.slug().equals(theme))) {
            return false;
        }
        if (priority != null && entry.priorities().stream().noneMatch(p -> p.number() == priority)) {
            return false;
        }
        if (text.isEmpty()) {
            return true;
        }
        String wanted = text.toLowerCase(Locale.ROOT);
        return entry.youSaid().toLowerCase(Locale.ROOT).contains(wanted)
                || entry.weDid().toLowerCase(Locale.ROOT).contains(wanted);
    }

    private static String clip(String value) {
        return value.length() > 40 ? value.substring(0, 40) : value.strip();
    }

    private static @Nullable Integer number(@Nullable String value, @Nullable Integer otherwise) {
        if (value == null || value.isBlank() || value.length() > 9) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
