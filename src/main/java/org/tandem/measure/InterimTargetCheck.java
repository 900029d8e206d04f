package org.tandem.measure;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tandem.shared.BritishDates;
import org.tandem.shared.ValidationProblem;

/**
 * The rules for a measure's interim targets, each told at its own row ({@code interimTargets[i]} for its date,
 * {@code interimTargets[i].value} for its value): at most {@link MeasureDraft#MAX_INTERIM_TARGETS}, only with a
 * target, each after the baseline period and before the target date, in date order with no two on one day, and a
 * percentage from 0 to 100.
 */
final class InterimTargetCheck {

    private InterimTargetCheck() {
    }

    static void check(List<InterimTarget> interims, @Nullable LocalDate baselineEnd, @Nullable LocalDate targetDate,
            Unit unit) {
        if (interims.isEmpty()) {
            return;
        }
        if (interims.size() > MeasureDraft.MAX_INTERIM_TARGETS) {
            throw new ValidationProblem("interimTargets", "Give at most " + MeasureDraft.MAX_INTERIM_TARGETS
                    + " interim targets.");
        }
        if (targetDate == null) {
            throw new ValidationProblem("interimTargets[0]", "Set the target's value and date before the interim "
                    + "targets on the way to it.");
        }
        LocalDate previous = null;
        for (int i = 0; i < interims.size(); i++) {
            InterimTarget interim = interims.get(i);
            String at = "interimTargets[" + i + "]";
            if (baselineEnd != null && !interim.on().isAfter(baselineEnd)) {
                throw new ValidationProblem(at, "An interim target comes after the baseline period, which ends on "
                        + BritishDates.LONG.format(baselineEnd) + ".");
            }
            if (!interim.on().isBefore(targetDate)) {
                throw new ValidationProblem(at, "An interim target comes before the target date, "
                        + BritishDates.LONG.format(targetDate) + ".");
            }
            if (previous != null && interim.on().isEqual(previous)) {
                throw new ValidationProblem(at, "The interim target above has this date too: give each its own.");
            }
            if (previous != null && interim.on().isBefore(previous)) {
                throw new ValidationProblem(at, "Put the interim targets in date order: this one comes before the "
                        + "one above (" + BritishDates.LONG.format(previous) + ").");
            }
            if (unit == Unit.PERCENT && (interim.value() < 0 || interim.value() > 100)) {
                throw new ValidationProblem(at + ".value", "A percentage is from 0 to 100.");
            }
            previous = interim.on();
        }
    }
}
