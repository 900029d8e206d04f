package org.tandem.measure;

import java.util.List;

/** A measure's page: its summary, what it is, its baseline and targets, its values and benchmarks. */
public record MeasureDetails(MeasureSummary summary, String definition, String dataSource, String baseline,
        List<String> interimTargets, List<ValueLine> values, List<BenchmarkLine> benchmarks, int smallNumberBase,
        boolean mayEnter) {
}
