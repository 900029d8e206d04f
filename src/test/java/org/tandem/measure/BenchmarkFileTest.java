package org.tandem.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.shared.ValidationProblem;

/** An Explore Education Statistics "tidy" file, read for one area; what is left out is said, never guessed. */
class BenchmarkFileTest {

    static final BenchmarkFile.Area RIVERSIDE = new BenchmarkFile.Area("E06099001", "South West",
            List.of("E06099002", "E06099003", "E06099004"));

    @Test
    void englandTheRegionTheNeighboursAverageAndOurOwnAreTakenForEachSchoolYear() throws IOException {
        BenchmarkFile.Read read = BenchmarkFile.read(file(), RIVERSIDE, List.of("ehcp_20wk_pct"));
        BenchmarkFile.Figures figures = read.byIndicator().get("ehcp_20wk_pct").get(2051);
        assertThat(figures.england()).isEqualTo(50.3);
        assertThat(figures.region()).isEqualTo(55.1);
        assertThat(figures.own()).isEqualTo(61.5);
        // Lakeby's figure is suppressed, so the average is of the other two.
        assertThat(figures.neighbours()).isEqualTo(50.0);
        assertThat(figures.neighboursCounted()).isEqualTo(2);
        assertThat(read.used()).anyMatch(line -> line.contains("2 of 3 neighbours"))
                .anyMatch(line -> line.contains("Columns not read") && line.contains("ehcp_count"));
    }

    @Test
    void suppressedCellsTwoReleasesOfAPeriodAndOtherPeriodsAreSkippedAndSaidSo() throws IOException {
        BenchmarkFile.Read read = BenchmarkFile.read(file(), RIVERSIDE, List.of("ehcp_20wk_pct"));
        assertThat(read.skipped()).anyMatch(line -> line.contains("Local authority E06099003")
                && line.contains("suppressed (\"c\")"))
                .anyMatch(line -> line.contains("Local authority E06099001, 2050/51") && line.contains("\"low\""))
                .anyMatch(line -> line.contains("England, 2050/51") && line.contains("2 different figures"))
                .anyMatch(line -> line.contains("not school years") && line.contains("2052"));
        assertThat(read.byIndicator().get("ehcp_20wk_pct").get(2050).england()).isNull();
    }

    @Test
    void aFileWithoutTheTidyColumnsOrWithoutAMeasuresColumnIsRefused() throws IOException {
        assertThatThrownBy(() -> BenchmarkFile.read("a,b\n1,2\n", RIVERSIDE, List.of("ehcp_20wk_pct")))
                .isInstanceOf(ValidationProblem.class).hasMessageContaining("no time_period column");
        assertThatThrownBy(() -> BenchmarkFile.read(file(), RIVERSIDE, List.of("no_such_column")))
                .isInstanceOf(ValidationProblem.class).hasMessageContaining("Its columns:");
    }

    static String file() throws IOException {
        try (InputStream in = BenchmarkFileTest.class.getResourceAsStream("/measure/ees-tidy-2052.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
