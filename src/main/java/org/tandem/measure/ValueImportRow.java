package org.tandem.measure;

import org.jspecify.annotations.Nullable;

/** One row of a values sheet as the preview shows it: the measure, the period and the value it would keep. */
public record ValueImportRow(long measureId, String measure, Period period, String periodLabel, String value,
        ValueDraft draft, @Nullable String replaces) {
}
