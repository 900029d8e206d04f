package org.tandem.feedback;

/** The tags feedback is grouped by, here and on the public page (a fixed list for now, like {@link Channel}). */
public enum Theme {
    EHC_PLANS("EHC plans"),
    COMMUNICATION("Communication"),
    TRANSPORT("Transport"),
    MENTAL_HEALTH("Mental health"),
    SHORT_BREAKS("Short breaks"),
    PREPARING_FOR_ADULTHOOD("Preparing for adulthood"),
    OTHER("Other");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The short name used in links and feeds, e.g. "ehc-plans". */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public static java.util.Optional<Theme> fromSlug(String slug) {
        for (Theme theme : values()) {
            if (theme.slug().equals(slug)) {
                return java.util.Optional.of(theme);
            }
        }
        return java.util.Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}
