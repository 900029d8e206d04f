package org.tandem.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A step on the way to the target: the value to reach by a date. */
@Embeddable
public class InterimTarget {

    @Column(name = "on_date", nullable = false)
    private LocalDate on = LocalDate.EPOCH;
    @Column(name = "target_value", nullable = false)
    private double value;

    protected InterimTarget() {
    }

    public InterimTarget(LocalDate on, double value) {
        this.on = on;
        this.value = value;
    }

    public LocalDate on() {
        return on;
    }

    public double value() {
        return value;
    }

    // Equal by what they say: an interim target is its date and value.
    @Override
    public boolean equals(Object other) {
        return other instanceof InterimTarget that && on.equals(that.on) && Double.compare(value, that.value) == 0;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(on, value);
    }

    /** As the history shows it: "62.5 by 31 Aug 2055". */
    @Override
    public String toString() {
        return new java.text.DecimalFormat("#,##0.##").format(value) + " by "
                + org.tandem.shared.BritishDates.SHORT.format(on);
    }
}
