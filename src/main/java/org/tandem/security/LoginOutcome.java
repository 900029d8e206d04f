package org.tandem.security;

/** How one sign-in attempt ended. */
enum LoginOutcome {
    SUCCESS, BAD_CREDENTIALS, LOCKED, DISABLED
}
