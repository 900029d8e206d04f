package org.tandem.measure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tandem.shared.Rag;

/**
 * What the dashboard shows: a priority, a colour, experience measures only, or the reader's own. It is kept in the
 * page's address ({@code ?priority=3&rag=RED&experience=true&mine=true}), so a filtered dashboard can be bookmarked
 * and shared and the back button steps through filters; an address it cannot read shows everything.
 */
public record MeasureFilter(@Nullable Long priorityId, @Nullable Rag rag, boolean experienceOnly, boolean mine) {

    public static MeasureFilter none() {
        return new MeasureFilter(null, null, false, false);
    }

    public Map<String, List<String>> toQuery() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (priorityId != null) {
            query.put("priority", List.of(priorityId.toString()));
        }
        if (rag != null) {
            query.put("rag", List.of(rag.name()));
        }
        if (experienceOnly) {
            query.put("experience", List.of("true"));
        }
        if (mine) {
            query.put("mine", List.of("true"));
        }
        return query;
    }

    public static MeasureFilter fromQuery(Map<String, List<String>> query) {
        Long priority;
        try {
            String given = first(query, "priority");
            priority = given == null ? null : Long.valueOf(given);
        } catch (NumberFormatException e) {
            priority = null;
        }
        Rag colour;
        try {
            String given = first(query, "rag");
            colour = given == null ? null : Rag.valueOf(given);
        } catch (IllegalArgumentException e) {
            colour = null;
        }
        return new MeasureFilter(priority, colour, "true".equals(first(query, "experience")),
                "true".equals(first(query, "mine")));
    }

    private static @Nullable String first(Map<String, List<String>> query, String key) {
        List<String> values = query.get(key);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
