package org.tandem.measure;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.AdminOnly;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.shared.ValidationProblem;

/**
 * Benchmarks from the government's open data, and the settings that say whose figures to read. Admins only.
 * An import is all or nothing; a year already filled from a later release is kept, and the answer says so.
 */
@Service
public class BenchmarkService {

    static final int MAX_BYTES = 20 * 1024 * 1024;

    private final Measures measures;
    private final Benchmarks benchmarks;
    private final SettingsStore settings;

    BenchmarkService(Measures measures, Benchmarks benchmarks, SettingsStore settings) {
        this.measures = measures;
        this.benchmarks = benchmarks;
        this.settings = settings;
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public SettingsDraft settings() {
        MeasureSettings current = settings.get();
        return new SettingsDraft(current.getLaCode(), current.getRegionName(), current.getNeighbourCodes(),
                current.getSmallNumberBase(), current.getVersion());
    }

    @AdminOnly
    @Transactional
    public void saveSettings(SettingsDraft draft) {
        MeasureSettings current = settings.get();
        if (current.getVersion() != draft.version()) {
            throw new ConcurrentEditException("the measures' settings");
        }
        if (!draft.laCode().strip().matches("[A-Za-z0-9]{0,20}")) {
            throw new ValidationProblem("laCode", "A local authority code is letters and digits, such as "
                    + "E09000033.");
        }
        if (draft.smallNumberBase() < 1 || draft.smallNumberBase() > 1000) {
            throw new ValidationProblem("smallNumberBase", "The small-numbers threshold is from 1 to 1,000.");
        }
        if (String.join(",", draft.neighbourCodes()).length() > 500) {
            throw new ValidationProblem("neighbourCodes", "Give at most about 40 neighbours' codes.");
        }
        if (draft.region().strip().length() > 100) {
            throw new ValidationProblem("region", "Use at most 100 characters.");
        }
        current.set(draft.laCode(), draft.region(), draft.neighbourCodes(), draft.smallNumberBase());
        try {
            settings.saveAndFlush(current);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("the measures' settings");
        }
    }

    /**
     * Imports one open-data file for every measure whose open-data column it holds. The file's name and release
     * date are kept as the benchmarks' source.
     */
    @AdminOnly
    @Transactional
    public BenchmarkImportResult importFile(String fileName, byte[] content, @Nullable LocalDate releaseDate) {
        String name = fileName.strip();
        if (name.isEmpty()) {
            throw new ValidationProblem("source", "Name the file the benchmarks come from.");
        }
        if (releaseDate == null) {
            throw new ValidationProblem("releaseDate", "Give the release's date (on its page on Explore "
                    + "Education Statistics).");
        }
        if (content.length > MAX_BYTES) {
            throw new ValidationProblem("file", "The file is larger than 20 MB; filter it first.");
        }
        MeasureSettings area = settings.get();
        List<Measure> withColumn = measures.ordered().stream().filter(m -> m.getIndicator() != null).toList();
        BenchmarkFile.Read read = BenchmarkFile.read(new String(content, StandardCharsets.UTF_8),
                new BenchmarkFile.Area(area.getLaCode(), area.getRegionName(), area.getNeighbourCodes()),
                withColumn.stream().map(m -> Objects.requireNonNull(m.getIndicator())).distinct().toList());
        String source = (name + ", released " + org.tandem.shared.BritishDates.LONG.format(releaseDate));
        if (source.length() > Benchmark.SOURCE_LENGTH) {
            source = source.substring(0, Benchmark.SOURCE_LENGTH - 1) + "…";
        }
        List<String> used = new ArrayList<>(read.used());
        List<String> skipped = new ArrayList<>(read.skipped());
        int saved = 0;
        for (Measure measure : withColumn) {
            Map<Integer, BenchmarkFile.Figures> years = read.byIndicator().get(measure.getIndicator());
            if (years == null) {
                continue;
            }
            for (Map.Entry<Integer, BenchmarkFile.Figures> entry : years.entrySet()) {
                Benchmark mark = benchmarks.findByMeasureIdAndYear(measure.getId(), entry.getKey())
                        .orElseGet(() -> new Benchmark(measure.getId(), entry.getKey()));
                String year = Frequency.YEARLY.label(new Period(entry.getKey(), 1));
                if (mark.getReleaseDate() != null && mark.getReleaseDate().isAfter(releaseDate)) {
                    skipped.add(measure.getName() + ", " + year + ": kept the figures of the later release ("
                            + mark.getSource() + ").");
                    continue;
                }
                BenchmarkFile.Figures f = entry.getValue();
                mark.fill(f.england(), f.region(), f.neighbours(), f.own(), source, releaseDate);
                benchmarks.save(mark);
                saved++;
            }
        }
        benchmarks.flush();
        used.add(saved + (saved == 1 ? " benchmark" : " benchmarks") + " saved from " + name + ".");
        return new BenchmarkImportResult(saved, used, skipped);
    }
}
