package org.tandem.measure;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A measure's page: its summary, what it is, its baseline and targets, its values and benchmarks; whether it is
 * retired, and whether the reader may retire (or restore) it, or delete it (only one without values).
 */
public record MeasureDetails(MeasureSummary summary, String definition, String dataSource, String baseline,
        List<String> interimTargets, List<ValueLine> values, List<BenchmarkLine> benchmarks, int smallNumberBase,
        boolean mayEnter, long version, @Nullable LocalDate retiredOn, boolean mayRetire, boolean mayDelete) {
}
