package org.tandem.people;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A row of the users list. */
public record UserSummary(long id, String username, String displayName, @Nullable String email, Set<Role> roles,
        @Nullable String organisation, boolean enabled) {

    static UserSummary of(UserAccount user) {
        return new UserSummary(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(),
                user.getRoles(), user.getOrganisation() == null ? null : user.getOrganisation().getName(),
                user.isEnabled());
    }
}
