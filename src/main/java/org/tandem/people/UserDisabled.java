package org.tandem.people;

/** Announced when an admin disables a user, so that their sessions end at once. */
public record UserDisabled(String username) {
}
