package org.tandem.people;

import java.util.Set;

/** What signing in needs to know about a user. Only the security module asks for it. */
public record Credentials(ActingUser user, String passwordHash, boolean enabled) {

    public String username() {
        return user.username();
    }

    public Set<Role> roles() {
        return user.roles();
    }
}
