package org.tandem.feedback;

/** The two lists admins keep for feedback. */
public enum ListKind {
    CHANNEL("channel", "Channels", "Where feedback was heard. Reps choose one when they log it."),
    THEME("theme", "Themes", "What feedback is about. Reps tag items with any number; the public page groups by them.");

    private final String noun;
    private final String title;
    private final String purpose;

    ListKind(String noun, String title, String purpose) {
        this.noun = noun;
        this.title = title;
        this.purpose = purpose;
    }

    /** "channel" or "theme", for messages. */
    public String noun() {
        return noun;
    }

    public String title() {
        return title;
    }

    public String purpose() {
        return purpose;
    }
}
