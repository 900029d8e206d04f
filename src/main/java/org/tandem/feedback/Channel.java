package org.tandem.feedback;

/**
 * Where feedback was heard. The issue asks for a configurable list; a fixed list of the usual channels serves
 * for now, with "Other" for the rest (a table an admin edits can replace it without changing stored values).
 */
public enum Channel {
    FORUM_MEETING("Forum meeting"),
    SURVEY("Survey"),
    EVENT("Event"),
    YOUNG_PEOPLES_GROUP("Young people's group"),
    SENDIASS("SENDIASS"),
    COMPLAINTS_THEME("Complaints theme"),
    OTHER("Other");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
