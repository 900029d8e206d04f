package org.tandem.sef;

import org.jspecify.annotations.Nullable;

/** A criterion compared between two editions, the change said in words ("Improved from developing to secure"). */
public record JudgementChange(String area, String criterion, @Nullable String before, @Nullable String after,
        boolean changed, String inWords) {
}
