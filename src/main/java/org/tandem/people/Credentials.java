package org.tandem.people;

import java.util.Set;

/** What signing in needs to know about a user. Only the security module asks for it. */
public record Credentials(String username, String passwordHash, boolean enabled, Set<Role> roles) {
}
