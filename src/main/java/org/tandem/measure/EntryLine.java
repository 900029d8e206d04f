package org.tandem.measure;

import org.jspecify.annotations.Nullable;

/** One measure on the owner's entry screen: the period due and the value already entered for it, if any. */
public record EntryLine(long measureId, String name, Unit unit, Period period, String periodLabel,
        @Nullable ValueLine entered) {
}
