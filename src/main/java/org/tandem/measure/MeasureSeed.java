package org.tandem.measure;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A demo measure with its history: illustrative values and benchmarks, never real figures. */
public record MeasureSeed(MeasureDraft draft, List<Value> values, List<Mark> benchmarks) {

    public record Value(Period period, double value, @Nullable Long numerator, @Nullable Long denominator,
            boolean validated) {
    }

    public record Mark(int year, @Nullable Double england, @Nullable Double region, @Nullable Double neighbours,
            @Nullable Double own, String source) {
    }
}
