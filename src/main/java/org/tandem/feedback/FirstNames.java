package org.tandem.feedback;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The first names the personal-data check knows, from {@code feedback/first-names.txt} (see its notice for where
 * the list comes from). Some are also ordinary words ("May", "Amber"); those count as names only in a name's
 * context, which the caller decides.
 */
final class FirstNames {

    private static final String RESOURCE = "/feedback/first-names.txt";

    private final Set<String> names = new HashSet<>();
    private final Set<String> alsoWords = new HashSet<>();

    private FirstNames() {
    }

    static FirstNames load() {
        FirstNames list = new FirstNames();
        try (InputStream in = FirstNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                boolean word = entry.endsWith("~");
                String name = key(word ? entry.substring(0, entry.length() - 1) : entry);
                list.names.add(name);
                if (word) {
                    list.alsoWords.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return list;
    }

    /** Any listed name, in any case: for words already in a name's context ("my son kai"). */
    boolean isName(String word) {
        return names.contains(key(word));
    }

    /** A listed name that is not also an ordinary word, so that it reads as a name wherever it stands. */
    boolean isOnlyAName(String word) {
        String key = key(word);
        return names.contains(key) && !alsoWords.contains(key);
    }

    int size() {
        return names.size();
    }

    private static String key(String word) {
        return word.strip().toLowerCase(Locale.ROOT);
    }
}
