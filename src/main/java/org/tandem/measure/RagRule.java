package org.tandem.measure;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tandem.shared.Rag;

/**
 * The rule that colours a measure, as an ordered list of conditions read top to bottom; the first that holds
 * gives the colour (so a value on a small base is grey even when it is far off track). The board reads the rule
 * on the dashboard in the words of {@link Condition#words()}, and each measure says which condition it met.
 */
public final class RagRule {

    /** The conditions, in the order they are tried. */
    public enum Condition {
        NO_VALUE(Rag.GREY, "Grey when there is no value for the period just ended."),
        SMALL_NUMBERS(Rag.GREY, "Grey when the latest value is on a small base (fewer than the small-numbers "
                + "threshold), as one child more or less would change it."),
        NOT_RATED(Rag.GREY, "Grey when neither higher nor lower is better, or there is no baseline and target."),
        ON_TRACK(Rag.GREEN, "Green when the latest value is at or better than the straight line from the baseline "
                + "to the target (through any interim targets) for its period."),
        WITHIN_TOLERANCE(Rag.AMBER, "Amber when it is worse than that line by no more than the tolerance (10% of "
                + "the distance from baseline to target unless the measure says otherwise)."),
        OFF_TRACK(Rag.RED, "Red when it is worse than that line by more than the tolerance.");

        private final Rag rag;
        private final String words;

        Condition(Rag rag, String words) {
            this.rag = rag;
            this.words = words;
        }

        public Rag rag() {
            return rag;
        }

        public String words() {
            return words;
        }
    }

    /** What the rule looks at: the latest value (null when none for the due period), and where it should be. */
    record Facts(@Nullable Double latest, @Nullable LocalDate latestOn, String latestPeriod, String duePeriod,
            boolean smallBase, int smallNumberBase, Polarity polarity, Trajectory trajectory, int tolerancePercent,
            Unit unit) {
    }

    private RagRule() {
    }

    public static List<Condition> conditions() {
        return List.of(Condition.values());
    }

    static RagVerdict judge(Facts facts) {
        if (facts.latest() == null || facts.latestOn() == null) {
            return verdict(Condition.NO_VALUE, "No value has been entered for " + facts.duePeriod() + " yet.");
        }
        if (facts.smallBase()) {
            return verdict(Condition.SMALL_NUMBERS, "The value for " + facts.latestPeriod() + " counts fewer than "
                    + facts.smallNumberBase() + ", too few to rate.");
        }
        Double expected = facts.trajectory().expected(facts.latestOn());
        if (facts.polarity() == Polarity.NEITHER || expected == null) {
            return verdict(Condition.NOT_RATED, facts.polarity() == Polarity.NEITHER
                    ? "Neither higher nor lower is better, so it is watched, not rated."
                    : "It has no baseline and target to measure progress against.");
        }
        double latest = facts.latest();
        Unit unit = facts.unit();
        String said = unit.format(latest) + " for " + facts.latestPeriod() + " against " + unit.format(expected)
                + " expected by now";
        double ahead = facts.polarity().better(latest, expected);
        if (ahead >= -1e-9) {
            return verdict(Condition.ON_TRACK, said + ": at or better than the trajectory.");
        }
        double tolerance = Math.abs(facts.trajectory().target() - facts.trajectory().baseline())
                * facts.tolerancePercent() / 100.0;
        // A tolerance on a percentage is in points, not a percentage of it.
        String allowed = unit == Unit.PERCENT ? Unit.PERCENT.format(tolerance).replace("%", "") + " percentage points"
                : unit.format(tolerance);
        if (-ahead <= tolerance + 1e-9) {
            return verdict(Condition.WITHIN_TOLERANCE, said + ": behind, but within the tolerance of " + allowed
                    + ".");
        }
        return verdict(Condition.OFF_TRACK, said + ": behind by more than the tolerance of " + allowed + ".");
    }

    private static RagVerdict verdict(Condition condition, String why) {
        return new RagVerdict(condition.rag(), condition, why);
    }
}
