package org.tandem.risk;

/** How a score moved since the review before: an arrow for the eye, the word for everyone. */
public enum Trend {
    UP("↑", "Up"),
    DOWN("↓", "Down"),
    SAME("→", "Same"),
    NEW("•", "New");

    private final String arrow;
    private final String word;

    Trend(String arrow, String word) {
        this.arrow = arrow;
        this.word = word;
    }

    public static Trend between(Integer before, int now) {
        if (before == null) {
            return NEW;
        }
        return now > before ? UP : now < before ? DOWN : SAME;
    }

    public String arrow() {
        return arrow;
    }

    public String word() {
        return word;
    }

    /** "↑ Up", as shown wherever a risk appears. */
    public String label() {
        return arrow + " " + word;
    }

    @Override
    public String toString() {
        return label();
    }
}
