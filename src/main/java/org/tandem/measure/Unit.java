package org.tandem.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** What a measure's values count. A percentage and a rate are worked out from a numerator and a denominator. */
public enum Unit {
    PERCENT("Percent", "%", 100),
    NUMBER("Number", "", 0),
    DAYS("Days", " days", 0),
    WEEKS("Weeks", " weeks", 0),
    POUNDS("Pounds", "", 0),
    RATE_PER_10000("Rate per 10,000", " per 10,000", 10_000);

    private final String label;
    private final String suffix;
    private final int scale;

    Unit(String label, String suffix, int scale) {
        this.label = label;
        this.suffix = suffix;
        this.scale = scale;
    }

    public String label() {
        return label;
    }

    /** True for the units worked out from a numerator and a denominator. */
    public boolean hasBase() {
        return scale > 0;
    }

    /** A count of things (people, plans): whole and not negative. */
    public boolean whole() {
        return this == NUMBER;
    }

    double fromBase(long numerator, long denominator) {
        return (double) numerator * scale / denominator;
    }

    /** "45.2%", "1,204", "£3,400", "18.5 weeks": one decimal place at most, as the board reads them. */
    public String format(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(whole() ? 0 : 1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        String number = String.format(java.util.Locale.UK, "%,." + Math.max(0, rounded.scale()) + "f", rounded);
        return this == POUNDS ? (value < 0 ? "−£" + number.substring(1) : "£" + number) : number + suffix;
    }
}
