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
}
