package org.tandem.feedback;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds street addresses ("12 Mill Lane") and the names of schools and settings ("Hillside Primary"), which with
 * a child's story are enough to tell who the child is, whether or not the school is on the configured list.
 */
final class PlaceFinder {

    private static final String STREET_TYPES = "Lane|Road|Street|Avenue|Close|Drive|Way|Crescent|Place|Gardens"
            + "|Grove|Terrace|Court|Row|Hill|Walk|Mews|Square|Rise|Parade";
    private static final Pattern ADDRESS = Pattern.compile("\\b\\d{1,4}[a-zA-Z]?,?\\s+(?:[A-Z][a-z'’]+\\s+){1,3}"
            + "(?:" + STREET_TYPES + ")\\b");
    /** Typed in lower case ("12 mill lane"): only street words that are seldom anything else after a number. */
    private static final Pattern LOWER_ADDRESS = Pattern.compile("\\b\\d{1,4}[a-z]?,?\\s+(?:[a-z'’]+\\s+){1,2}"
            + "(?:lane|road|street|avenue|crescent|terrace|grove|gardens|mews)\\b");
    private static final Pattern SCHOOL = Pattern.compile("\\b(?:(?:St|Saint)\\.?\\s+)?((?:[A-Z][a-z'’-]+\\s+){1,3})"
            + "(?:Primary|Infants?|Juniors?|Secondary|High|Academy|School|College|Nursery|Pre-[Ss]chool|Preschool"
            + "|Grammar)(?:\\s+(?:School|Academy|Nursery|College))?\\b");

    /** Words before "School" or "Primary" that say what kind of school it is, not which. */
    private static final Set<String> GENERIC = Set.of("the", "a", "an", "our", "my", "his", "her", "their", "this",
            "that", "every", "all", "each", "some", "many", "most", "other", "new", "local", "special", "primary",
            "secondary", "mainstream", "independent", "free", "faith", "state", "junior", "infant", "nursery",
            "sixth", "high", "grammar", "village", "community", "catholic", "church", "early", "years", "further",
            "education", "virtual", "resource", "hospital", "at", "in", "to", "from", "for", "and", "of", "by",
            "with", "no", "any", "which", "what", "one", "two", "both", "summer", "holiday", "forest", "sunday",
            "saturday", "day", "after", "before", "boarding", "residential", "alternative");

    List<NameFinder.Span> addresses(String text) {
        List<NameFinder.Span> found = new ArrayList<>();
        for (Pattern pattern : List.of(ADDRESS, LOWER_ADDRESS)) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                found.add(new NameFinder.Span(matcher.start(), matcher.end()));
            }
        }
        return found;
    }

    /** The school's own words, without the generic ones before them ("The Ashfield Academy" is "Ashfield Academy"). */
    List<NameFinder.Span> schools(String text) {
        List<NameFinder.Span> found = new ArrayList<>();
        Matcher matcher = SCHOOL.matcher(text);
        while (matcher.find()) {
            String[] words = matcher.group(1).strip().split("\\s+");
            int skip = 0;
            while (skip < words.length && GENERIC.contains(words[skip].toLowerCase(Locale.ROOT))) {
                skip++;
            }
            if (skip == words.length) {
                continue;
            }
            int start = matcher.start();
            if (skip > 0) {
                String generic = String.join(" ", Arrays.copyOfRange(words, 0, skip));
                start = text.indexOf(words[skip], matcher.start(1) + generic.length());
            }
            found.add(new NameFinder.Span(start, matcher.end()));
        }
        return found;
    }
}
