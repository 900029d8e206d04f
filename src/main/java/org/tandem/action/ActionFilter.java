package org.tandem.action;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tandem.shared.Rag;

/**
 * What the action plan is filtered by. It round-trips through URL query parameters, so that a filtered view can
 * be shared and the back button works; unknown or malformed parameters are ignored.
 */
public record ActionFilter(@Nullable Long priorityId, @Nullable Long workstreamId, @Nullable Long ownerId,
        @Nullable ActionStatus status, @Nullable Rag rag, boolean overdue, boolean updateOverdue, String text) {

    public static final int TEXT_LENGTH = 100;

    public static ActionFilter none() {
        return new ActionFilter(null, null, null, null, null, false, false, "");
    }

    public ActionFilter {
        text = text == null ? "" : text.strip();
        if (text.length() > TEXT_LENGTH) {
            text = text.substring(0, TEXT_LENGTH);
        }
    }

    public ActionFilter withPriority(@Nullable Long id) {
        return new ActionFilter(id, workstreamId, ownerId, status, rag, overdue, updateOverdue, text);
    }

    public ActionFilter withWorkstream(@Nullable Long id) {
        return new ActionFilter(priorityId, id, ownerId, status, rag, overdue, updateOverdue, text);
    }

    public ActionFilter withOwner(@Nullable Long id) {
        return new ActionFilter(priorityId, workstreamId, id, status, rag, overdue, updateOverdue, text);
    }

    public ActionFilter withStatus(@Nullable ActionStatus value) {
        return new ActionFilter(priorityId, workstreamId, ownerId, value, rag, overdue, updateOverdue, text);
    }

    public ActionFilter withRag(@Nullable Rag value) {
        return new ActionFilter(priorityId, workstreamId, ownerId, status, value, overdue, updateOverdue, text);
    }

    public ActionFilter withOverdue(boolean value) {
        return new ActionFilter(priorityId, workstreamId, ownerId, status, rag, value, updateOverdue, text);
    }

    public ActionFilter withUpdateOverdue(boolean value) {
        return new ActionFilter(priorityId, workstreamId, ownerId, status, rag, overdue, value, text);
    }

    public ActionFilter withText(String value) {
        return new ActionFilter(priorityId, workstreamId, ownerId, status, rag, overdue, updateOverdue, value);
    }

    public Map<String, List<String>> toQuery() {
        Map<String, List<String>> query = new HashMap<>();
        if (priorityId != null) {
            query.put("priority", List.of(priorityId.toString()));
        }
        if (workstreamId != null) {
            query.put("workstream", List.of(workstreamId.toString()));
        }
        if (ownerId != null) {
            query.put("owner", List.of(ownerId.toString()));
        }
        if (status != null) {
            query.put("status", List.of(status.name()));
        }
        if (rag != null) {
            query.put("rag", List.of(rag.name()));
        }
        if (overdue) {
            query.put("overdue", List.of("true"));
        }
        if (updateOverdue) {
            query.put("updateOverdue", List.of("true"));
        }
        if (!text.isEmpty()) {
            query.put("q", List.of(text));
        }
        return query;
    }

    public static ActionFilter fromQuery(Map<String, List<String>> query) {
        return new ActionFilter(number(query, "priority"), number(query, "workstream"), number(query, "owner"),
                constant(ActionStatus.class, first(query, "status")), constant(Rag.class, first(query, "rag")),
                "true".equals(first(query, "overdue")), "true".equals(first(query, "updateOverdue")),
                first(query, "q") == null ? "" : first(query, "q"));
    }

    private static @Nullable String first(Map<String, List<String>> query, String key) {
        List<String> values = query.getOrDefault(key, new ArrayList<>());
        return values.isEmpty() ? null : values.getFirst();
    }

    private static @Nullable Long number(Map<String, List<String>> query, String key) {
        String value = first(query, key);
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> @Nullable E constant(Class<E> type, @Nullable String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
