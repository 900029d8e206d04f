package org.tandem.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.tandem.shared.AbstractEntity;

/** A measure's value for one period, with its base where it has one, who entered it and whether it is validated. */
@Entity
@Table(name = "measure_value")
@Audited
public class MeasureValue extends AbstractEntity {

    public static final int NOTE_LENGTH = 1000;

    @Column(name = "measure_id", nullable = false)
    private long measureId;
    @Column(name = "period_year", nullable = false)
    private int periodYear;
    @Column(name = "period_index", nullable = false)
    private int periodIndex;
    @Column(nullable = false)
    private double amount;
    private @Nullable Long numerator;
    private @Nullable Long denominator;
    @Column(nullable = false)
    private boolean validated;
    @Column(nullable = false, length = NOTE_LENGTH)
    private String note = "";
    @Column(name = "entered_by", nullable = false, length = 100)
    private String enteredBy = "";
    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt = Instant.EPOCH;

    protected MeasureValue() {
    }

    MeasureValue(long measureId, Period period) {
        this.measureId = measureId;
        this.periodYear = period.year();
        this.periodIndex = period.index();
    }

    void record(double amount, @Nullable Long numerator, @Nullable Long denominator, boolean validated, String note,
            String enteredBy, Instant enteredAt) {
        this.amount = amount;
        this.numerator = numerator;
        this.denominator = denominator;
        this.validated = validated;
        this.note = note.strip();
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    public long getMeasureId() {
        return measureId;
    }

    public Period getPeriod() {
        return new Period(periodYear, periodIndex);
    }

    public double getAmount() {
        return amount;
    }

    public @Nullable Long getNumerator() {
        return numerator;
    }

    public @Nullable Long getDenominator() {
        return denominator;
    }

    public boolean isValidated() {
        return validated;
    }

    public String getNote() {
        return note;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    /** A value whose base is under the threshold: shown, marked, and left out of the RAG. */
    boolean smallBase(int threshold) {
        return denominator != null && denominator < threshold;
    }
}
