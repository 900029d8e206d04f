package org.tandem.action;

import java.time.Instant;

/**
 * A progress update as the action page shows it: {@code author} is the username, {@code authorName} as people read
 * it; {@code editable} when the viewer may still change it.
 */
public record UpdateInfo(long id, long version, long halfTermId, String halfTerm, ActionStatus status,
        int percentComplete, String narrative, String author, String authorName, Instant createdAt,
        Instant updatedAt,
        boolean editable) {
}
