package org.tandem.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tandem.shared.ValidationProblem;

/** Values are checked by their unit, each fault at its field; periods follow the school year. */
class ValueCheckTest {

    static final LocalDate TODAY = LocalDate.of(2052, 3, 10);
    static final Period AUTUMN_1 = new Period(2051, 1);

    @Test
    void aPercentageIsWorkedOutFromNumeratorAndDenominator() {
        assertThat(ValueCheck.checked(measure(Unit.PERCENT), draft(null, 30L, 40L), TODAY)).isEqualTo(75.0);
        assertThat(ValueCheck.checked(measure(Unit.RATE_PER_10000), draft(null, 3L, 1200L), TODAY)).isEqualTo(25.0);
    }

    @Test
    void aNumeratorAboveItsDenominatorIsRefusedAtTheNumerator() {
        assertThatThrownBy(() -> ValueCheck.checked(measure(Unit.PERCENT), draft(null, 41L, 40L), TODAY))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> {
                    assertThat(p.field()).isEqualTo("numerator");
                    assertThat(p.getMessage()).contains("cannot be more than the denominator (40)");
                });
    }

    @Test
    void aPercentageOutsideZeroToAHundredIsRefused() {
        assertProblem(Unit.PERCENT, draft(101.0, null, null), "value", "from 0 to 100");
        assertProblem(Unit.PERCENT, draft(-1.0, null, null), "value", "from 0 to 100");
    }

    @Test
    void aCountIsWholeAndNotNegative() {
        assertProblem(Unit.NUMBER, draft(2.5, null, null), "value", "whole number");
        assertProblem(Unit.NUMBER, draft(-3.0, null, null), "value", "whole number");
        assertThat(ValueCheck.checked(measure(Unit.NUMBER), draft(12.0, null, null), TODAY)).isEqualTo(12.0);
        assertProblem(Unit.WEEKS, draft(-1.0, null, null), "value", "cannot be negative");
    }

    @Test
    void aValueThatDisagreesWithItsBaseIsRefused() {
        assertProblem(Unit.PERCENT, draft(50.0, 30L, 40L), "value", "is not 30 of 40 (75%)");
    }

    @Test
    void aPeriodThatHasNotStartedTakesNoValue() {
        ValueDraft future = new ValueDraft(1, new Period(2051, 5), 3.0, null, null, false, "", null);
        assertProblem(Unit.NUMBER, future, "period", "Summer 1 2051/52 has not started yet");
    }

    @Test
    void aSmallBaseIsMarked() {
        MeasureValue value = new MeasureValue(1, AUTUMN_1);
        value.record(50, 4L, 8L, false, "", "someone", Instant.EPOCH);
        assertThat(value.smallBase(10)).isTrue();
        assertThat(value.smallBase(8)).isFalse();
    }

    @Test
    void periodsFollowTheSchoolYear() {
        Frequency half = Frequency.HALF_TERMLY;
        assertThat(half.containing(LocalDate.of(2052, 3, 10))).isEqualTo(new Period(2051, 4));
        assertThat(half.due(LocalDate.of(2052, 3, 10))).isEqualTo(new Period(2051, 3));
        assertThat(half.label(new Period(2051, 3))).isEqualTo("Spring 1 2051/52");
        assertThat(half.end(new Period(2051, 6))).isEqualTo(LocalDate.of(2052, 8, 31));
        assertThat(Frequency.YEARLY.label(new Period(2051, 1))).isEqualTo("2051/52");
        assertThat(Frequency.TERMLY.due(LocalDate.of(2052, 1, 5))).isEqualTo(new Period(2051, 1));
    }

    @Test
    void unitsAreShownAsTheBoardReadsThem() {
        assertThat(Unit.PERCENT.format(45.25)).isEqualTo("45.3%");
        assertThat(Unit.NUMBER.format(1204)).isEqualTo("1,204");
        assertThat(Unit.POUNDS.format(3400)).isEqualTo("£3,400");
        assertThat(Unit.WEEKS.format(18.5)).isEqualTo("18.5 weeks");
        assertThat(Unit.RATE_PER_10000.format(12)).isEqualTo("12 per 10,000");
    }

    private static void assertProblem(Unit unit, ValueDraft draft, String field, String words) {
        assertThatThrownBy(() -> ValueCheck.checked(measure(unit), draft, TODAY))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> {
                    assertThat(p.field()).isEqualTo(field);
                    assertThat(p.getMessage()).contains(words);
                });
    }

    private static ValueDraft draft(Double value, Long numerator, Long denominator) {
        return new ValueDraft(1, AUTUMN_1, value, numerator, denominator, false, "", null);
    }

    private static Measure measure(Unit unit) {
        Measure measure = new Measure(Instant.EPOCH, null, false);
        MeasureDraft draft = new MeasureDraft();
        draft.setName("Test");
        draft.setDefinition("Test");
        draft.setUnit(unit);
        draft.setOwnerId(1L);
        measure.describe(draft);
        return measure;
    }
}
