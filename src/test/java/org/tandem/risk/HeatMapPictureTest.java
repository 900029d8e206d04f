package org.tandem.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class HeatMapPictureTest {

    @Test
    void theHeatMapIsDrawnAsAFiveByFiveGridWithTheHighestLikelihoodAtTheTop() throws Exception {
        ScoringRules rules = ScoringRules.defaults();
        int[][] counts = new int[5][5];
        counts[4][4] = 3; // likelihood 5, impact 5
        counts[0][0] = 1;
        HeatMap map = new HeatMap(Basis.RESIDUAL, rules.likelihoodLabels(), rules.impactLabels(), counts, rules);
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(HeatMapPicture.png(map)));
        ImageIO.write(picture, "png", new java.io.File("target/heat-map.png"));

        assertThat(picture.getWidth()).isGreaterThan(picture.getHeight() / 2);
        // The top-right cell (likelihood 5, impact 5) holds risks, so it is the full very-high red, not pale.
        int topRight = picture.getRGB(picture.getWidth() - 40, 40) & 0xFFFFFF;
        assertThat(topRight).isEqualTo(0xB3261E);
    }
}
