package org.tandem.sef;

/** What evidence can support, each referred to by its id in its own module. */
public enum LinkTarget {
    CRITERION("Criterion"), PRIORITY("Priority"), ACTION("Action"), RISK("Risk"),
    FEEDBACK("You said, we did:");

    private final String singular;

    LinkTarget(String singular) {
        this.singular = singular;
    }

    /** The word that comes before the item's name. */
    public String singular() {
        return singular;
    }
}
