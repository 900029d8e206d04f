package org.tandem.reminder;

import org.jspecify.annotations.Nullable;

/**
 * One line of a person's digest.
 *
 * @param recipient who it is for
 * @param heading   the section it is listed under; reminders with the same heading sit together
 * @param line      what is due, one line of plain text
 * @param link      the page in Tandem where it is done, as a path such as {@code actions/42}
 * @param onceKey   when set, the person is sent reminders with this key in one digest only, whichever day the
 *                  source returns them again; when null, the reminder is listed in every digest while it is due
 */
public record Reminder(Recipient recipient, String heading, String line, String link, @Nullable String onceKey) {

    public static final int ONCE_KEY_LENGTH = 100;

    public Reminder {
        if (onceKey != null && (onceKey.isBlank() || onceKey.length() > ONCE_KEY_LENGTH)) {
            throw new IllegalArgumentException("A reminder's once key needs 1 to " + ONCE_KEY_LENGTH
                    + " characters: " + onceKey);
        }
    }

    /** A reminder repeated in every digest while its source finds it due. */
    public Reminder(Recipient recipient, String heading, String line, String link) {
        this(recipient, heading, line, link, null);
    }
}
