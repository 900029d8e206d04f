package org.tandem.people;

import org.jspecify.annotations.Nullable;

/** A user as other features see them: to pick an owner, a sponsor or a recipient. */
public record Person(long id, String username, String displayName, @Nullable String email) {

    static Person of(UserAccount user) {
        return new Person(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail());
    }
}
