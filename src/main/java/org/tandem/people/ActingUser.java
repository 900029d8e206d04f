package org.tandem.people;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The person acting, fixed when they sign in: what every permission check and audit entry needs, without a
 * database look-up. Scheduled and start-up work acts as {@link #system()}, which has no user id.
 */
public record ActingUser(@Nullable Long id, String username, String displayName, Set<Role> roles)
        implements AuthenticatedPrincipal, Serializable {

    public static final String SYSTEM = "system";

    public ActingUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    static ActingUser system() {
        return new ActingUser(null, SYSTEM, "Tandem", Set.of(Role.ADMIN));
    }

    static ActingUser of(UserAccount user) {
        return new ActingUser(user.getId(), user.getUsername(), user.getDisplayName(), user.getRoles());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    public boolean isSystem() {
        return id == null && SYSTEM.equals(username);
    }

    /** Whether this is the person with that user id (never true for the system, nor for no id). */
    public boolean is(@Nullable Long userId) {
        return id != null && id.equals(userId);
    }

    @Override
    public String getName() {
        return username;
    }
}
