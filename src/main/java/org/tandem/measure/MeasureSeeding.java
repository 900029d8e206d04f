package org.tandem.measure;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.AdminOnly;

/**
 * Loads a demo measure with its history, marked as demo data so that every screen says the figures are
 * illustrative. The draft is checked as a person's would be; a measure of that name already there is left alone.
 */
@Component
public class MeasureSeeding {

    private final Measures measures;
    private final MeasureValues values;
    private final Benchmarks benchmarks;
    private final MeasureService service;
    private final Clock clock;

    MeasureSeeding(Measures measures, MeasureValues values, Benchmarks benchmarks, MeasureService service,
            Clock clock) {
        this.measures = measures;
        this.values = values;
        this.benchmarks = benchmarks;
        this.service = service;
        this.clock = clock;
    }

    /** True when the measure was added, false when one of that name was already there. */
    @AdminOnly
    @Transactional
    public boolean seed(MeasureSeed seed) {
        if (measures.findByName(seed.draft().getName()).isPresent()) {
            return false;
        }
        long id = service.define(seed.draft());
        Measure measure = measures.findById(id).orElseThrow();
        measure.markDemo();
        LocalDate today = LocalDate.now(clock);
        for (MeasureSeed.Value seeded : seed.values()) {
            LocalDate end = measure.getFrequency().end(seeded.period());
            MeasureValue value = new MeasureValue(id, seeded.period());
            value.record(seeded.value(), seeded.numerator(), seeded.denominator(), seeded.validated(),
                    "Demo data: illustrative.", "demo", (end.isAfter(today) ? today : end).atTime(12, 0)
                            .atZone(clock.getZone()).toInstant());
            values.save(value);
        }
        for (MeasureSeed.Mark mark : seed.benchmarks()) {
            Benchmark benchmark = new Benchmark(id, mark.year());
            benchmark.fill(mark.england(), mark.region(), mark.neighbours(), mark.own(), mark.source(), null);
            benchmarks.save(benchmark);
        }
        values.flush();
        return true;
    }
}
