package org.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.tandem.report.ReportBlock.RagBar;
import org.tandem.report.ReportBlock.RagChart;
import org.tandem.shared.Rag;

class RagChartPainterTest {

    static final String LONG = "2. Children and young people with SEND are prepared for adulthood, with work, a home "
            + "and friends";

    @Test
    void aLongPriorityNameWrapsBetweenWordsInsteadOfBeingCut() {
        FontMetrics metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
                .getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        List<String> lines = RagChartPainter.lines(LONG, metrics, 248);
        assertThat(lines).hasSizeBetween(2, 3).allMatch(line -> metrics.stringWidth(line) <= 248)
                .noneMatch(line -> line.contains("…"));
        assertThat(String.join(" ", lines)).isEqualTo(LONG);
    }

    @Test
    void theChartGrowsToHoldWrappedNames() throws Exception {
        RagChart shortNames = new RagChart("Actions by RAG", List.of(new RagBar("1. Short", Map.of(Rag.RED, 1L)),
                new RagBar("2. Short", Map.of(Rag.GREEN, 2L))));
        RagChart longNames = new RagChart("Actions by RAG", List.of(new RagBar(LONG, Map.of(Rag.RED, 1L)),
                new RagBar("2. Short", Map.of(Rag.GREEN, 2L))));
        int shortHeight = ImageIO.read(new ByteArrayInputStream(RagChartPainter.png(shortNames))).getHeight();
        BufferedImage drawn = ImageIO.read(new ByteArrayInputStream(RagChartPainter.png(longNames)));
        assertThat(drawn.getHeight()).isGreaterThan(shortHeight);
        ImageIO.write(drawn, "png", new java.io.File("target/rag-chart-long-names.png"));
    }
}
