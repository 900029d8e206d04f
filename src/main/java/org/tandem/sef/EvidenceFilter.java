package org.tandem.sef;

import org.jspecify.annotations.Nullable;

/** What the library is narrowed to: words in the title, description or source, a kind, a voice, a criterion. */
public record EvidenceFilter(String text, @Nullable EvidenceKind kind, @Nullable Voice voice,
        @Nullable Long criterionId) {

    public static final int TEXT_LENGTH = 100;

    public EvidenceFilter {
        text = text == null ? "" : text.strip();
        if (text.length() > TEXT_LENGTH) {
            text = text.substring(0, TEXT_LENGTH);
        }
    }

    public static EvidenceFilter none() {
        return new EvidenceFilter("", null, null, null);
    }
}
