package org.tandem.glossary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Spells out each abbreviation on its first use in one document (a page, a report, an e-mail) and marks every
 * use, so that the expansion is in the text itself and not only in a tooltip. One instance per document: it
 * remembers what it has already spelt out. The text stays text: pieces are shown with text nodes only.
 */
public final class FirstUse {

    private static final Pattern ABBREVIATIONS = Pattern.compile("(?<![\\p{L}\\p{N}])("
            + Glossary.abbreviations().stream().map(term -> Pattern.quote(term.shortForm()))
                    .collect(Collectors.joining("|"))
            + ")(?![\\p{L}\\p{N}])");

    private final Set<String> spelt = new HashSet<>();

    /**
     * A piece of text: plain when {@code longForm} is null, otherwise an abbreviation, with {@code first} set
     * where it must be followed by its long form in brackets.
     */
    public record Piece(String text, @Nullable String longForm, boolean first) {
    }

    /** The text cut into plain pieces and abbreviations, each abbreviation spelt out on its first use. */
    public List<Piece> pieces(String text) {
        return split(text, true);
    }

    /** The text for plain-text formats: "EHC plan (education, health and care plan)" on first use. */
    public String plain(String text) {
        StringBuilder out = new StringBuilder();
        for (Piece piece : pieces(text)) {
            out.append(piece.text());
            if (piece.first()) {
                out.append(" (").append(piece.longForm()).append(")");
            }
        }
        return out.toString();
    }

    /** Marks the abbreviations without spelling any out, for table cells and headings where room is short. */
    public static List<Piece> marked(String text) {
        return new FirstUse().split(text, false);
    }

    private List<Piece> split(String text, boolean spell) {
        List<Piece> pieces = new ArrayList<>();
        Matcher matcher = ABBREVIATIONS.matcher(text);
        int from = 0;
        while (matcher.find()) {
            if (matcher.start() > from) {
                pieces.add(new Piece(text.substring(from, matcher.start()), null, false));
            }
            String shortForm = matcher.group(1);
            String longForm = longForm(shortForm);
            boolean first = spell && spelt.add(longForm) && !explainedBeside(text, matcher, longForm);
            pieces.add(new Piece(shortForm, longForm, first));
            from = matcher.end();
        }
        if (from < text.length()) {
            pieces.add(new Piece(text.substring(from), null, false));
        }
        return pieces;
    }

    /** A writer who already spelt it out ("education, health and care plan (EHC plan)") needs no repeat. */
    private static boolean explainedBeside(String text, Matcher matcher, String longForm) {
        int before = matcher.start() - longForm.length() - 2;
        return before >= 0 && text.regionMatches(true, before, longForm, 0, longForm.length())
                || text.regionMatches(true, matcher.end() + 2, longForm, 0, longForm.length());
    }

    private static String longForm(String shortForm) {
        return Glossary.abbreviations().stream().filter(term -> shortForm.equals(term.shortForm())).findFirst()
                .map(Term::longForm).orElseThrow();
    }
}
