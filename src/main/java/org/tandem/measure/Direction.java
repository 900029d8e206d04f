package org.tandem.measure;

/** Which way the latest value moved from the one before, in words. */
public enum Direction {
    IMPROVING("↑ Improving"),
    WORSENING("↓ Worsening"),
    NO_CHANGE("→ No change"),
    UP("↑ Up"),
    DOWN("↓ Down"),
    UNKNOWN("Not known yet");

    private final String words;

    Direction(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    static Direction between(double previous, double latest, Polarity polarity) {
        if (Math.abs(latest - previous) < 1e-9) {
            return NO_CHANGE;
        }
        if (polarity == Polarity.NEITHER) {
            return latest > previous ? UP : DOWN;
        }
        return polarity.better(latest, previous) > 0 ? IMPROVING : WORSENING;
    }
}
