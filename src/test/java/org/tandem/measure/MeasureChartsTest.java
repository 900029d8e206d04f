package org.tandem.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.measure.Trajectory.Point;

/** Charts are drawn on the server, as SVG for pages and PNG for the report, and say in words what they show. */
class MeasureChartsTest {

    static final ChartData DATA = new ChartData("Plans on time", Unit.PERCENT,
            List.of(new Point(LocalDate.of(2052, 10, 31), 42), new Point(LocalDate.of(2052, 12, 31), 47.5)),
            List.of(new Point(LocalDate.of(2052, 8, 31), 40), new Point(LocalDate.of(2054, 8, 31), 80)),
            List.of(new Point(LocalDate.of(2053, 8, 31), 60)), List.of(new Point(LocalDate.of(2053, 8, 31), 50.3)),
            List.of(), List.of(new Point(LocalDate.of(2053, 8, 31), 49)));

    @Test
    void aPageGetsAnSvgAndTheReportAPng() {
        assertThat(new String(MeasureCharts.svg(DATA, 720, 360), StandardCharsets.UTF_8)).contains("<svg");
        byte[] png = MeasureCharts.png(DATA, 640, 320);
        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(MeasureCharts.svg(new ChartData("Empty", Unit.NUMBER, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of()), 280, 110)).isNotEmpty();
    }

    @Test
    void theAlternativeTextGivesTheFiguresInWords() {
        assertThat(DATA.alternativeText()).isEqualTo("Chart of Plans on time: 2 values, from 42% to 47.5%; target "
                + "80%; interim targets 60%; England latest 50.3%; statistical neighbours latest 49%. The same "
                + "figures are in the table.");
    }
}
