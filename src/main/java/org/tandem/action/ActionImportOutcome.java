package org.tandem.action;

/** How many actions an import created and how many it updated. */
public record ActionImportOutcome(int created, int updated) {

    /** "Created 12 actions and updated 3." */
    public String message() {
        return String.format(java.util.Locale.UK, "Created %,d %s and updated %,d.", created,
                created == 1 ? "action" : "actions", updated);
    }
}
