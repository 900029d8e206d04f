package org.tandem.action;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.tandem.people.ActingUser;
import org.tandem.people.CurrentUser;

/** Works out who is acting: their user id, whether they are an admin, and the workstreams they lead. */
@Component
class Actors {

    private final CurrentUser currentUser;
    private final Workstreams workstreams;

    Actors(CurrentUser currentUser, Workstreams workstreams) {
        this.currentUser = currentUser;
        this.workstreams = workstreams;
    }

    Actor current() {
        ActingUser acting = currentUser.get();
        Long userId = acting.id();
        Set<Long> led = userId == null ? Set.of() : Set.copyOf(workstreams.idsLedBy(userId));
        return new Actor(userId, acting.username(), acting.isAdmin(), led);
    }
}
