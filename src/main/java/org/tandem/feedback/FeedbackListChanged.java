package org.tandem.feedback;

/** An admin added, renamed, moved, retired or restored a channel or a theme. */
public record FeedbackListChanged(ListKind kind, long id) {
}
