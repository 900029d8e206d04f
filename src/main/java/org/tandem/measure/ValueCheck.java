package org.tandem.measure;

import java.time.LocalDate;
import org.tandem.shared.ValidationProblem;

/**
 * The rules a value must meet for its unit, each failing at its field with a message that says what would do:
 * a percentage from 0 to 100, a count whole and not negative, a numerator not above its denominator, no value
 * for a period that has not started.
 */
final class ValueCheck {

    private ValueCheck() {
    }

    /** The value to keep, worked out from the base where the unit has one. */
    static double checked(Measure measure, ValueDraft draft, LocalDate today) {
        Frequency frequency = measure.getFrequency();
        if (!frequency.holds(draft.period())) {
            throw new ValidationProblem("period", "Choose one of the measure's periods.");
        }
        if (frequency.start(draft.period()).isAfter(today)) {
            throw new ValidationProblem("period", frequency.label(draft.period()) + " has not started yet: a "
                    + "value can be entered once it has.");
        }
        if (draft.note().length() > MeasureValue.NOTE_LENGTH) {
            throw new ValidationProblem("note", "Use at most " + MeasureValue.NOTE_LENGTH + " characters.");
        }
        Unit unit = measure.getUnit();
        if (unit.hasBase() && (draft.numerator() != null || draft.denominator() != null)) {
            return fromBase(unit, draft);
        }
        Double value = draft.value();
        if (value == null || value.isNaN() || value.isInfinite()) {
            throw new ValidationProblem("value", "Enter the value.");
        }
        if (unit.whole() && (value < 0 || value != Math.rint(value))) {
            throw new ValidationProblem("value", "A count is a whole number, 0 or more.");
        }
        if (unit == Unit.PERCENT && (value < 0 || value > 100)) {
            throw new ValidationProblem("value", "A percentage is from 0 to 100.");
        }
        if ((unit == Unit.DAYS || unit == Unit.WEEKS || unit == Unit.RATE_PER_10000) && value < 0) {
            throw new ValidationProblem("value", "This value cannot be negative.");
        }
        return value;
    }

    private static double fromBase(Unit unit, ValueDraft draft) {
        Long numerator = draft.numerator();
        Long denominator = draft.denominator();
        if (numerator == null) {
            throw new ValidationProblem("numerator", "Enter the numerator (how many).");
        }
        if (denominator == null) {
            throw new ValidationProblem("denominator", "Enter the denominator (out of how many).");
        }
        if (numerator < 0) {
            throw new ValidationProblem("numerator", "The numerator is a whole number, 0 or more.");
        }
        if (denominator <= 0) {
            throw new ValidationProblem("denominator", "The denominator is a whole number, 1 or more.");
        }
        if (numerator > denominator) {
            throw new ValidationProblem("numerator", "The numerator (" + numerator + ") cannot be more than the "
                    + "denominator (" + denominator + ").");
        }
        double value = unit.fromBase(numerator, denominator);
        if (unit == Unit.PERCENT && (value < 0 || value > 100)) {
            throw new ValidationProblem("value", "A percentage is from 0 to 100.");
        }
        Double typed = draft.value();
        if (typed != null && Math.abs(typed - value) > 0.05 + Math.ulp(value)) {
            throw new ValidationProblem("value", "The value typed (" + unit.format(typed) + ") is not "
                    + numerator + " of " + denominator + " (" + unit.format(value) + "); leave it empty or "
                    + "correct it.");
        }
        return value;
    }
}
