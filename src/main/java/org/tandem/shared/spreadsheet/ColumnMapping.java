package org.tandem.shared.spreadsheet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which column of the sheet fills which field: field key → column heading. A field left out is not imported.
 * Besides, what the admin decided that a guess cannot know: the headings a field must not be guessed from (a
 * wrong guess they cleared), how a sheet's own values read in Tandem ("G" is "On track"), and the feature's
 * options (such as whether a blank cell clears a value). Stored as readable lines: "key=heading" for a column,
 * "!key=heading" for a refused guess, "~key&lt;TAB&gt;sheet value&lt;TAB&gt;Tandem value" for a value, "+option".
 */
public record ColumnMapping(Map<String, String> columns, Map<String, Set<String>> refused,
        Map<String, Map<String, String>> values, Set<String> options) {

    private static final int SHORTEST_PARTIAL_MATCH = 4;

    public ColumnMapping {
        Map<String, String> copy = new LinkedHashMap<>();
        columns.forEach((key, header) -> {
            if (key != null && header != null && !header.isBlank()) {
                copy.put(key, header);
            }
        });
        columns = Collections.unmodifiableMap(copy);
        Map<String, Set<String>> refusedCopy = new LinkedHashMap<>();
        refused.forEach((key, headers) -> {
            if (!headers.isEmpty()) {
                refusedCopy.put(key, Collections.unmodifiableSet(new LinkedHashSet<>(headers)));
            }
        });
        refused = Collections.unmodifiableMap(refusedCopy);
        Map<String, Map<String, String>> valuesCopy = new LinkedHashMap<>();
        values.forEach((key, meanings) -> {
            if (!meanings.isEmpty()) {
                valuesCopy.put(key, Collections.unmodifiableMap(new LinkedHashMap<>(meanings)));
            }
        });
        values = Collections.unmodifiableMap(valuesCopy);
        options = Collections.unmodifiableSet(new LinkedHashSet<>(options));
    }

    public ColumnMapping(Map<String, String> columns) {
        this(columns, Map.of(), Map.of(), Set.of());
    }

    public static ColumnMapping none() {
        return new ColumnMapping(Map.of());
    }

    public Optional<String> column(String fieldKey) {
        return Optional.ofNullable(columns.get(fieldKey));
    }

    /**
     * This mapping with the field filled from that column, or with no column: then the column it had is remembered
     * as refused, so that the next sheet with that heading is not guessed the same wrong way.
     */
    public ColumnMapping with(String fieldKey, @Nullable String header) {
        Map<String, String> copy = new LinkedHashMap<>(columns);
        Map<String, Set<String>> refusing = new LinkedHashMap<>(refused);
        Set<String> fieldRefused = new LinkedHashSet<>(refused.getOrDefault(fieldKey, Set.of()));
        if (header == null || header.isBlank()) {
            String had = copy.remove(fieldKey);
            if (had != null) {
                fieldRefused.add(had);
            }
        } else {
            copy.put(fieldKey, header);
            fieldRefused.remove(header);
        }
        refusing.put(fieldKey, fieldRefused);
        return new ColumnMapping(copy, refusing, values, options);
    }

    /** What a value of the sheet means in Tandem for this field, as the admin said; empty if they did not. */
    public Optional<String> meaning(String fieldKey, String sheetValue) {
        return Optional.ofNullable(values.getOrDefault(fieldKey, Map.of()).get(valueKey(sheetValue)));
    }

    /** This mapping, reading the sheet's value as the Tandem value given (null: no longer translated). */
    public ColumnMapping withMeaning(String fieldKey, String sheetValue, @Nullable String tandemValue) {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>(values);
        Map<String, String> meanings = new LinkedHashMap<>(values.getOrDefault(fieldKey, Map.of()));
        if (tandemValue == null || tandemValue.isBlank()) {
            meanings.remove(valueKey(sheetValue));
        } else {
            meanings.put(valueKey(sheetValue), tandemValue);
        }
        copy.put(fieldKey, meanings);
        return new ColumnMapping(columns, refused, copy, options);
    }

    public boolean has(String option) {
        return options.contains(option);
    }

    public ColumnMapping withOption(String option, boolean on) {
        Set<String> copy = new LinkedHashSet<>(options);
        if (on) {
            copy.add(option);
        } else {
            copy.remove(option);
        }
        return new ColumnMapping(columns, refused, values, copy);
    }

    /** Values match whatever their case and spaces: "Amber / Red" is "amber/red". */
    static String valueKey(String value) {
        return value.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
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
        return new ColumnMapping(kept, refused, values, options);
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
                Set<String> refusedHere = refused.getOrDefault(field.key(), Set.of());
                for (String header : headers) {
                    if (!used.contains(header) && !refusedHere.contains(header)
                            && matches(field, normal(header), exact)) {
                        chosen.put(field.key(), header);
                        used.add(header);
                        break;
                    }
                }
            }
        }
        return new ColumnMapping(chosen, refused, values, options);
    }

    public String toText() {
        StringBuilder text = new StringBuilder();
        columns.forEach((key, header) -> text.append(key).append('=').append(oneLine(header)).append('\n'));
        refused.forEach((key, headers) -> headers.forEach(header -> text.append('!').append(key).append('=')
                .append(oneLine(header)).append('\n')));
        values.forEach((key, meanings) -> meanings.forEach((value, meaning) -> text.append('~').append(key)
                .append('\t').append(oneLine(value).replace('\t', ' ')).append('\t')
                .append(oneLine(meaning).replace('\t', ' ')).append('\n')));
        options.forEach(option -> text.append('+').append(oneLine(option)).append('\n'));
        return text.toString();
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }

    public static ColumnMapping fromText(@Nullable String text) {
        Map<String, String> columns = new LinkedHashMap<>();
        Map<String, Set<String>> refused = new LinkedHashMap<>();
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        Set<String> options = new LinkedHashSet<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                if (line.startsWith("+")) {
                    options.add(line.substring(1));
                } else if (line.startsWith("~")) {
                    String[] parts = line.substring(1).split("\t", -1);
                    if (parts.length == 3) {
                        values.computeIfAbsent(parts[0], key -> new LinkedHashMap<>()).put(parts[1], parts[2]);
                    }
                } else {
                    boolean refusal = line.startsWith("!");
                    String entry = refusal ? line.substring(1) : line;
                    int equals = entry.indexOf('=');
                    if (equals > 0 && refusal) {
                        refused.computeIfAbsent(entry.substring(0, equals), key -> new LinkedHashSet<>())
                                .add(entry.substring(equals + 1));
                    } else if (equals > 0) {
                        columns.put(entry.substring(0, equals), entry.substring(equals + 1));
                    }
                }
            }
        }
        return new ColumnMapping(columns, refused, values, options);
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
