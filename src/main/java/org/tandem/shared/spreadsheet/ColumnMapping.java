package org.tandem.shared.spreadsheet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which column of the sheet fills which field: field key → column heading. A field left out is not imported.
 * Stored as one "key=heading" line per field, which a person can read in the database.
 */
public record ColumnMapping(Map<String, String> columns) {

    private static final int SHORTEST_PARTIAL_MATCH = 4;

    public ColumnMapping {
        Map<String, String> copy = new LinkedHashMap<>();
        columns.forEach((key, header) -> {
            if (key != null && header != null && !header.isBlank()) {
                copy.put(key, header);
            }
        });
        columns = Collections.unmodifiableMap(copy);
    }

    public static ColumnMapping none() {
        return new ColumnMapping(Map.of());
    }

    public Optional<String> column(String fieldKey) {
        return Optional.ofNullable(columns.get(fieldKey));
    }

    public ColumnMapping with(String fieldKey, @Nullable String header) {
        Map<String, String> copy = new LinkedHashMap<>(columns);
        if (header == null || header.isBlank()) {
            copy.remove(fieldKey);
        } else {
            copy.put(fieldKey, header);
        }
        return new ColumnMapping(copy);
    }

    /** Only the entries whose column the sheet has, for fields that exist. */
    public ColumnMapping within(Collection<ImportField> fields, List<String> headers) {
        Set<String> keys = new HashSet<>();
        fields.forEach(field -> keys.add(field.key()));
        Map<String, String> kept = new LinkedHashMap<>();
        columns.forEach((key, header) -> {
            if (keys.contains(key) && headers.contains(header)) {
                kept.put(key, header);
            }
        });
        return new ColumnMapping(kept);
    }

    /**
     * Guesses from the headings: first a heading equal to a field's key, label or alias (ignoring case, spaces and
     * punctuation), then one that contains it; each heading fills at most one field.
     */
    public static ColumnMapping guess(List<ImportField> fields, List<String> headers) {
        return none().completedBy(fields, headers);
    }

    /** This mapping, with the fields it leaves out guessed from the headings it does not use. */
    public ColumnMapping completedBy(List<ImportField> fields, List<String> headers) {
        Map<String, String> chosen = new LinkedHashMap<>(columns);
        Set<String> used = new HashSet<>(chosen.values());
        for (boolean exact : new boolean[] {true, false}) {
            for (ImportField field : fields) {
                if (chosen.containsKey(field.key())) {
                    continue;
                }
                for (String header : headers) {
                    if (!used.contains(header) && matches(field, normal(header), exact)) {
                        chosen.put(field.key(), header);
                        used.add(header);
                        break;
                    }
                }
            }
        }
        return new ColumnMapping(chosen);
    }

    public String toText() {
        StringBuilder text = new StringBuilder();
        columns.forEach((key, header) -> text.append(key).append('=')
                .append(header.replace('\n', ' ').replace('\r', ' ')).append('\n'));
        return text.toString();
    }

    public static ColumnMapping fromText(@Nullable String text) {
        Map<String, String> columns = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    columns.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
        }
        return new ColumnMapping(columns);
    }

    private static boolean matches(ImportField field, String header, boolean exact) {
        if (header.isEmpty()) {
            return false;
        }
        List<String> names = new ArrayList<>();
        names.add(field.key());
        names.add(field.label());
        names.addAll(field.aliases());
        for (String name : names) {
            String candidate = normal(name);
            if (exact ? header.equals(candidate)
                    : candidate.length() >= SHORTEST_PARTIAL_MATCH && header.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
