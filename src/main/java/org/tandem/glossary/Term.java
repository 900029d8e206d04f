package org.tandem.glossary;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the glossary. {@code shortForm} is how the word is written in running text when it is an
 * abbreviation ("EHC plan", "RAG"), spelt out as {@code longForm} on its first use; a word that is not an
 * abbreviation ("co-production") has neither and is only explained.
 */
public record Term(String name, @Nullable String shortForm, @Nullable String longForm, String meaning) {

    public static Term abbreviation(String shortForm, String longForm, String meaning) {
        return new Term(shortForm, shortForm, longForm, meaning);
    }

    public static Term word(String name, String meaning) {
        return new Term(name, null, null, meaning);
    }

    public boolean isAbbreviation() {
        return shortForm != null;
    }
}
