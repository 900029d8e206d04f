package org.tandem.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tandem.shared.AbstractEntity;

/**
 * One school year's comparison for a measure: England, the region, the statistical neighbours' average and the
 * area's own published figure, with where they came from. Published statistics are yearly, so a benchmark
 * belongs to a school year, whatever the measure's own frequency.
 */
@Entity
@Table(name = "measure_benchmark")
public class Benchmark extends AbstractEntity {

    public static final int SOURCE_LENGTH = 300;

    @Column(name = "measure_id", nullable = false)
    private long measureId;
    @Column(name = "period_year", nullable = false)
    private int year;
    private @Nullable Double england;
    private @Nullable Double region;
    private @Nullable Double neighbours;
    @Column(name = "own_value")
    private @Nullable Double own;
    @Column(nullable = false, length = SOURCE_LENGTH)
    private String source = "";
    @Column(name = "release_date")
    private @Nullable LocalDate releaseDate;

    protected Benchmark() {
    }

    Benchmark(long measureId, int year) {
        this.measureId = measureId;
        this.year = year;
    }

    void fill(@Nullable Double england, @Nullable Double region, @Nullable Double neighbours, @Nullable Double own,
            String source, @Nullable LocalDate releaseDate) {
        this.england = england;
        this.region = region;
        this.neighbours = neighbours;
        this.own = own;
        this.source = source;
        this.releaseDate = releaseDate;
    }

    public long getMeasureId() {
        return measureId;
    }

    public int getYear() {
        return year;
    }

    public @Nullable Double getEngland() {
        return england;
    }

    public @Nullable Double getRegion() {
        return region;
    }

    public @Nullable Double getNeighbours() {
        return neighbours;
    }

    public @Nullable Double getOwn() {
        return own;
    }

    public String getSource() {
        return source;
    }

    public @Nullable LocalDate getReleaseDate() {
        return releaseDate;
    }
}
