package org.tandem.measure;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A year's benchmarks as the measure page shows them. */
public record BenchmarkLine(String yearLabel, @Nullable String own, @Nullable String england,
        @Nullable String region, @Nullable String neighbours, String source, @Nullable LocalDate releaseDate) {
}
