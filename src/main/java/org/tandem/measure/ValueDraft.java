package org.tandem.measure;

import org.jspecify.annotations.Nullable;

/**
 * One value as typed: for a percentage or a rate the numerator and denominator (the value is worked out), for
 * the rest the value itself. {@code knownVersion} is the version of the value the person saw, or null when there
 * was none: a value someone else entered in the meantime is never overwritten unseen.
 */
public record ValueDraft(long measureId, Period period, @Nullable Double value, @Nullable Long numerator,
        @Nullable Long denominator, boolean validated, String note, @Nullable Long knownVersion) {
}
