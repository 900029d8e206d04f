package org.tandem.people;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.tandem.shared.Acting;

/**
 * Who is acting, for every module: the {@link ActingUser} that signing in put in the security context, or the
 * system for scheduled and start-up work. This is the only class that reads Spring Security's context; modules ask
 * it (or, outside the people module, their own permissions class asks it), views never do.
 */
@Component
public class CurrentUser implements Acting {

    private final UserAccountRepository users;

    CurrentUser(UserAccountRepository users) {
        this.users = users;
    }

    /** The person acting, if anyone is signed in (nobody is, on the public pages). */
    public Optional<ActingUser> find() {
        Authentication authentication = authentication();
        if (authentication == null) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof ActingUser acting) {
            return Optional.of(acting);
        }
        // An authentication not made by Tandem's sign-in (a test's, a future single sign-on's): its roles as granted,
        // the person's id and name looked up.
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(granted.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        String username = authentication.getName();
        return Optional.of(users.findByUsername(username)
                .map(user -> new ActingUser(user.getId(), username, user.getDisplayName(), roles))
                .orElseGet(() -> new ActingUser(null, username, username, roles)));
    }

    /** The person acting; refuses when nobody is signed in. */
    public ActingUser get() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Nobody is signed in."));
    }

    /** The acting person's user id; null for the system and when nobody is signed in. */
    public @Nullable Long id() {
        return find().map(ActingUser::id).orElse(null);
    }

    /** The acting person's username, "system" for scheduled work, "" when nobody is signed in. */
    @Override
    public String username() {
        Authentication authentication = authentication();
        return authentication == null ? "" : authentication.getName();
    }

    public Set<Role> roles() {
        return find().map(ActingUser::roles).orElse(Set.of());
    }

    public boolean has(Role role) {
        return roles().contains(role);
    }

    /** Runs work as someone else, restoring whoever was acting before: only the system, through SystemAuthentication. */
    static <T> T runAs(ActingUser acting, Supplier<T> work) {
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext previous = strategy.getContext();
        SecurityContext context = strategy.createEmptyContext();
        var authorities = acting.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(acting, null, authorities));
        strategy.setContext(context);
        try {
            return work.get();
        } finally {
            strategy.setContext(previous);
        }
    }

    private static @Nullable Authentication authentication() {
        Authentication authentication = SecurityContextHolder.getContextHolderStrategy().getContext()
                .getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated() ? null : authentication;
    }
}
