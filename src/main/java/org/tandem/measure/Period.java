package org.tandem.measure;

import java.util.Comparator;

/**
 * One of a measure's periods: the school year it falls in (2025 for 2025/26) and its place in that year (1 for
 * Autumn 1 or the autumn term; a yearly measure's only period is 1). What it is called and when it starts comes
 * from the measure's {@link Frequency}.
 */
public record Period(int year, int index) implements Comparable<Period> {

    private static final Comparator<Period> ORDER = Comparator.comparingInt(Period::year)
            .thenComparingInt(Period::index);

    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, other);
    }
}
