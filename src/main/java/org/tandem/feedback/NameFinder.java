package org.tandem.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what may be people's names in families' words. A capitalised word is a name where the words around it
 * say so (after "my son", "our daughter", a title such as "Mrs", or before "'s mum"), and a known first name
 * is one anywhere, unless it is also an ordinary word ("Amber", "Grace"), which needs such words around it or
 * a possessive ("Ivy's key worker").
 */
final class NameFinder {

    /** A capitalised name, with a second part: "Amelia Rose", "Lily-Mae", "O'Neill". */
    private static final String WORD = "[A-Z](?:['’]?[A-Za-z])*[a-z]";
    private static final String NAME = "(" + WORD + "(?:[ -]" + WORD + ")?)";
    private static final String FAMILY = "(?:son|daughter|child|boy|girl|lad|lass|grandson|granddaughter|nephew"
            + "|niece|brother|sister|twins?|baby|stepson|stepdaughter|youngest|eldest|oldest|middle one)";
    private static final Pattern AFTER_FAMILY = Pattern.compile("\\b(?i:(?:my|our|her|his|their)\\s+"
            + "(?:(?:little|eldest|oldest|youngest|younger|older|big|baby|twin|step|foster|adopted)\\s+)?"
            + FAMILY + ")(?:'s|’s)?(?:\\s+(?i:is\\s+called|called|named|is))?,?\\s+\\(?"
            + "([A-Za-z](?:['’]?[A-Za-z])*[a-z](?:[ -]" + WORD + ")?)");
    private static final Pattern TITLE = Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+" + NAME);
    private static final Pattern LOWER_TITLE = Pattern.compile("\\b(?:mr|mrs|ms|mx|dr)\\.?\\s+([a-z][a-z'’-]+)");
    private static final Pattern BEFORE_FAMILY = Pattern.compile(NAME + "(?:'s|’s)\\s+(?:(?i:little|big|baby)\\s+)?"
            + "(?i:mum|mam|mom|mummy|dad|daddy|mother|father|nan|nana|nanna|gran|grandma|grandad|granddad|auntie"
            + "|aunt|uncle|brother|sister|twin|carer|foster carer)\\b");
    /** One word at a time, so that "Our Alfie" is looked up as "Alfie", not as a two-word name. */
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}'’])(" + WORD + ")(?![\\p{L}])");

    /** Capitalised words that follow a family word or a title without being a name. */
    private static final Set<String> NOT_NAMES = Set.of("year", "reception", "i", "the", "and", "or", "but", "who",
            "with", "has", "had", "was", "is", "at", "in", "on", "from", "to", "for", "of", "a", "an", "he", "she",
            "they", "we", "our", "my", "his", "her", "their", "school", "college", "nursery", "sen", "send", "ehc",
            "ehcp", "plan", "autism", "adhd", "asd", "senco", "also", "too", "now", "still", "then", "here",
            "there", "were", "are", "be", "been", "not", "no", "so", "said", "says", "went", "goes", "got",
            "gets", "loves", "needs", "waited", "waits", "can", "cannot", "could", "would", "will", "did", "does",
            "this", "that", "these", "those", "when", "where", "what", "which", "because", "if", "as", "by",
            "up", "out", "just", "only", "both", "all", "each", "every", "one", "two", "three", "hasn't",
            "isn't", "wasn't", "doesn't", "didn't", "can't", "won't", "very", "really", "always", "never",
            "head", "teacher", "nurse", "team", "group", "office", "council", "forum", "panel", "board");

    private final FirstNames names;

    NameFinder(FirstNames names) {
        this.names = names;
    }

    /** Each likely name with the words that made it look like one ("my son Jayden", "Mrs Patel"). */
    List<Span> find(String text) {
        List<Span> found = new ArrayList<>();
        Matcher family = AFTER_FAMILY.matcher(text);
        while (family.find()) {
            String word = firstWord(family.group(1));
            boolean capitalised = Character.isUpperCase(word.charAt(0));
            if (!NOT_NAMES.contains(word.toLowerCase(Locale.ROOT)) && (capitalised || names.isName(word))) {
                found.add(new Span(family.start(), family.end()));
            }
        }
        addEach(found, TITLE.matcher(text), word -> !NOT_NAMES.contains(word.toLowerCase(Locale.ROOT)));
        addEach(found, LOWER_TITLE.matcher(text), word -> !NOT_NAMES.contains(word));
        addEach(found, BEFORE_FAMILY.matcher(text), word -> !NOT_NAMES.contains(word.toLowerCase(Locale.ROOT)));
        Matcher known = CAPITALISED.matcher(text);
        while (known.find()) {
            String word = firstWord(known.group(1));
            String after = text.substring(known.end(), Math.min(text.length(), known.end() + 2));
            boolean possessive = after.equals("'s") || after.equals("’s");
            if ((names.isOnlyAName(word) || possessive && names.isName(word)) && !afterSaint(text, known.start())) {
                found.add(new Span(known.start(), known.end()));
            }
        }
        return found;
    }

    private static void addEach(List<Span> found, Matcher matcher, java.util.function.Predicate<String> name) {
        while (matcher.find()) {
            if (name.test(firstWord(matcher.group(1)))) {
                found.add(new Span(matcher.start(), matcher.end()));
            }
        }
    }

    /** "St Anne's" and "Saint Joseph's" are places, found as schools or not at all. */
    private static boolean afterSaint(String text, int start) {
        String before = text.substring(Math.max(0, start - 6), start);
        return before.endsWith("St ") || before.endsWith("St. ") || before.endsWith("Saint ");
    }

    private static String firstWord(String name) {
        return name.split("[ -]")[0].replaceAll("['’]s$", "");
    }

    record Span(int start, int end) {
    }
}
