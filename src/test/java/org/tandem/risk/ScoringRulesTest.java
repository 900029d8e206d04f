package org.tandem.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.shared.ValidationProblem;

class ScoringRulesTest {

    private final ScoringRules rules = ScoringRules.defaults();

    @Test
    void theScoreIsLikelihoodTimesImpactFromOneToTwentyFive() {
        assertThat(new RiskScore(1, 1).score()).isEqualTo(1);
        assertThat(new RiskScore(4, 5).score()).isEqualTo(20);
        assertThat(new RiskScore(5, 5).describe()).isEqualTo("5 × 5 = 25");
    }

    @Test
    void theDefaultBandsAreOneToFourLowFiveToNineMediumTenToFourteenHighAndFifteenUpVeryHigh() {
        assertThat(List.of(1, 4, 5, 9, 10, 14, 15, 25)).extracting(rules::band).containsExactly(Band.LOW,
                Band.LOW, Band.MEDIUM, Band.MEDIUM, Band.HIGH, Band.HIGH, Band.VERY_HIGH, Band.VERY_HIGH);
        assertThat(rules.describe(new RiskScore(4, 5))).isEqualTo("20 Very high");
        assertThat(rules.range(Band.HIGH)).isEqualTo("10 to 14");
    }

    @Test
    void adminsMoveTheBandsAndRenameThemAndTheWordsFollow() {
        ScoringRules own = new ScoringRules(3, 8, 12, "Minor", "Moderate", "Significant", "Critical", 12, 6, 3, 2,
                1, rules.likelihoodLabels(), rules.impactLabels());
        assertThat(own.band(4)).isEqualTo(Band.MEDIUM);
        assertThat(own.describe(new RiskScore(3, 4))).isEqualTo("12 Significant");
        assertThat(own.describe(new RiskScore(5, 3))).isEqualTo("15 Critical");
        assertThat(own.reachesBoard(new RiskScore(3, 4))).isTrue();
    }

    @Test
    void bandsThatDoNotRiseAreRefused() {
        assertThatThrownBy(() -> new ScoringRules(9, 5, 14, "Low", "Medium", "High", "Very high", 15, 6, 3, 2, 1,
                rules.likelihoodLabels(), rules.impactLabels())).isInstanceOf(ValidationProblem.class)
                .hasMessageContaining("rise");
    }

    @Test
    void theNextReviewIsDueMonthlyForVeryHighTwoMonthlyForHighQuarterlyForMediumAndHalfYearlyForLow() {
        LocalDate on = LocalDate.of(2030, 1, 15);
        assertThat(rules.nextReview(new RiskScore(4, 4), on)).isEqualTo(LocalDate.of(2030, 2, 15));
        assertThat(rules.nextReview(new RiskScore(3, 4), on)).isEqualTo(LocalDate.of(2030, 3, 15));
        assertThat(rules.nextReview(new RiskScore(3, 3), on)).isEqualTo(LocalDate.of(2030, 4, 15));
        assertThat(rules.nextReview(new RiskScore(1, 2), on)).isEqualTo(LocalDate.of(2030, 7, 15));
    }

    @Test
    void aLikelihoodOrImpactOutsideOneToFiveOrNotAWholeNumberIsRefusedAtItsField() {
        assertThatThrownBy(() -> RiskScore.of("residual", 6, 2)).isInstanceOf(ValidationProblem.class)
                .hasMessageContaining("from 1 to 5").extracting(e -> ((ValidationProblem) e).field())
                .isEqualTo("residualLikelihood");
        assertThatThrownBy(() -> RiskScore.of("inherent", 3, 0)).extracting(e -> ((ValidationProblem) e).field())
                .isEqualTo("inherentImpact");
        assertThatThrownBy(() -> RiskScore.parse("target", "2.5", "3")).isInstanceOf(ValidationProblem.class)
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> RiskScore.of("residual", null, 3)).hasMessageContaining("Enter the likelihood");
    }

    @Test
    void theTrendComparesTheScoreWithTheOneBeforeTheLastReview() {
        assertThat(Trend.between(12, 16).label()).isEqualTo("↑ Up");
        assertThat(Trend.between(16, 12).label()).isEqualTo("↓ Down");
        assertThat(Trend.between(12, 12).label()).isEqualTo("→ Same");
        assertThat(Trend.between(null, 12)).isEqualTo(Trend.NEW);
    }
}
