package org.tandem.action;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.tandem.people.Person;
import org.tandem.people.UserService;

/** Works out who is acting: their user id, whether they are an admin, and the workstreams they lead. */
@Component
class Actors {

    private final UserService users;
    private final Workstreams workstreams;

    Actors(UserService users, Workstreams workstreams) {
        this.users = users;
        this.workstreams = workstreams;
    }

    Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean admin = authentication.getAuthorities().stream()
                .anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority()));
        Long userId = users.me().map(Person::id).orElse(null);
        Set<Long> led = userId == null ? Set.of() : Set.copyOf(workstreams.idsLedBy(userId));
        return new Actor(userId, authentication.getName(), admin, led);
    }
}
