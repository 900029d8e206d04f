package org.tandem.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.shared.Rag;

/** The RAG rule and the trajectory under it, as the board reads them. */
class RagRuleTest {

    // Baseline 40% at the end of summer 2051, target 80% a year on: 10 points a quarter or so.
    static final LocalDate BASELINE_ON = LocalDate.of(2051, 8, 31);
    static final LocalDate TARGET_ON = LocalDate.of(2052, 8, 31);
    static final Trajectory LINE = Trajectory.of(BASELINE_ON, 40, TARGET_ON, 80, List.of());
    static final LocalDate HALF_WAY = BASELINE_ON.plusDays(183);

    @Test
    void theTrajectoryIsAStraightLineFromBaselineToTargetAndFlatBeyondThem() {
        assertThat(LINE.expected(BASELINE_ON)).isEqualTo(40);
        assertThat(LINE.expected(HALF_WAY)).isCloseTo(60, org.assertj.core.data.Offset.offset(0.01));
        assertThat(LINE.expected(TARGET_ON)).isEqualTo(80);
        assertThat(LINE.expected(TARGET_ON.plusYears(1))).isEqualTo(80);
        assertThat(LINE.expected(BASELINE_ON.minusYears(1))).isEqualTo(40);
    }

    @Test
    void anInterimTargetBendsTheLineThroughIt() {
        Trajectory bent = Trajectory.of(BASELINE_ON, 40, TARGET_ON, 80,
                List.of(new InterimTarget(HALF_WAY, 50)));
        assertThat(bent.expected(HALF_WAY)).isEqualTo(50);
        assertThat(bent.points()).hasSize(3);
    }

    @Test
    void severalInterimTargetsBendTheLineAtEachAndTheRagFollowsThem() {
        LocalDate quarter = BASELINE_ON.plusDays(91);
        Trajectory stepped = Trajectory.of(BASELINE_ON, 40, TARGET_ON, 80,
                List.of(new InterimTarget(HALF_WAY, 70), new InterimTarget(quarter, 70)));
        assertThat(stepped.points()).extracting(Trajectory.Point::on).containsExactly(BASELINE_ON, quarter,
                HALF_WAY, TARGET_ON);
        assertThat(stepped.expected(BASELINE_ON.plusDays(137))).isEqualTo(70);
        // 62% half way is ahead of the straight line (60%) but well behind the interim targets (70%).
        assertThat(judge(62.0, HALF_WAY, Polarity.HIGHER_IS_BETTER).rag()).isEqualTo(Rag.GREEN);
        assertThat(RagRule.judge(facts(62.0, HALF_WAY, false, Polarity.HIGHER_IS_BETTER, stepped)).rag())
                .isEqualTo(Rag.RED);
    }

    @Test
    void atOrAboveTheLineIsGreenAndSaysWhy() {
        RagVerdict verdict = judge(60.0, HALF_WAY, Polarity.HIGHER_IS_BETTER);
        assertThat(verdict.rag()).isEqualTo(Rag.GREEN);
        assertThat(verdict.why()).contains("60%").contains("at or better than the trajectory");
    }

    @Test
    void behindByNoMoreThanTenPercentOfTheDistanceIsAmberAndBeyondItRed() {
        // The distance is 40 points, so the tolerance is 4.
        assertThat(judge(56.5, HALF_WAY, Polarity.HIGHER_IS_BETTER).rag()).isEqualTo(Rag.AMBER);
        assertThat(judge(56.5, HALF_WAY, Polarity.HIGHER_IS_BETTER).why()).contains("within the tolerance of 4 percentage points");
        assertThat(judge(55.0, HALF_WAY, Polarity.HIGHER_IS_BETTER).rag()).isEqualTo(Rag.RED);
    }

    @Test
    void lowerIsBetterTurnsTheRuleRound() {
        Trajectory waits = Trajectory.of(BASELINE_ON, 40, TARGET_ON, 20, List.of());
        RagVerdict shorter = RagRule.judge(facts(28.0, HALF_WAY, false, Polarity.LOWER_IS_BETTER, waits));
        RagVerdict longer = RagRule.judge(facts(35.0, HALF_WAY, false, Polarity.LOWER_IS_BETTER, waits));
        assertThat(shorter.rag()).isEqualTo(Rag.GREEN);
        assertThat(longer.rag()).isEqualTo(Rag.RED);
    }

    @Test
    void theFirstConditionThatHoldsWinsSoSmallNumbersAreGreyEvenFarOffTrack() {
        RagVerdict verdict = RagRule.judge(facts(5.0, HALF_WAY, true, Polarity.HIGHER_IS_BETTER, LINE));
        assertThat(verdict.rag()).isEqualTo(Rag.GREY);
        assertThat(verdict.condition()).isEqualTo(RagRule.Condition.SMALL_NUMBERS);
        assertThat(verdict.why()).contains("fewer than 10");
    }

    @Test
    void noValueForThePeriodJustEndedIsGrey() {
        RagVerdict verdict = RagRule.judge(facts(null, null, false, Polarity.HIGHER_IS_BETTER, LINE));
        assertThat(verdict.rag()).isEqualTo(Rag.GREY);
        assertThat(verdict.why()).contains("No value has been entered for Spring 1 2051/52");
    }

    @Test
    void aMeasureWithoutTargetOrWithNeitherPolarityIsWatchedNotRated() {
        assertThat(RagRule.judge(facts(50.0, HALF_WAY, false, Polarity.HIGHER_IS_BETTER, Trajectory.NONE))
                .condition()).isEqualTo(RagRule.Condition.NOT_RATED);
        assertThat(judge(50.0, HALF_WAY, Polarity.NEITHER).why()).contains("watched, not rated");
    }

    @Test
    void theRuleReadsInOrderInWords() {
        assertThat(RagRule.conditions()).extracting(RagRule.Condition::rag)
                .containsExactly(Rag.GREY, Rag.GREY, Rag.GREY, Rag.GREEN, Rag.AMBER, Rag.RED);
        assertThat(RagRule.conditions().get(3).words()).contains("straight line from the baseline");
    }

    private static RagVerdict judge(double value, LocalDate on, Polarity polarity) {
        return RagRule.judge(facts(value, on, false, polarity, LINE));
    }

    private static RagRule.Facts facts(Double value, LocalDate on, boolean small, Polarity polarity,
            Trajectory trajectory) {
        return new RagRule.Facts(value, on, "Spring 1 2051/52", "Spring 1 2051/52", small, 10, polarity,
                trajectory, 10, Unit.PERCENT);
    }
}
