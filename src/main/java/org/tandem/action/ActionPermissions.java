package org.tandem.action;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.tandem.people.ActingUser;
import org.tandem.people.CurrentUser;
import org.tandem.people.Role;

/**
 * Who may do what in the action plan, asked by its services before each change; the same answers fill the records
 * the screens draw from ({@code mayEdit}, {@code mayUpdate}, {@code maySignOff}, {@link PlanAbilities}).
 */
@Component
class ActionPermissions {

    private final CurrentUser currentUser;
    private final Workstreams workstreams;

    ActionPermissions(CurrentUser currentUser, Workstreams workstreams) {
        this.currentUser = currentUser;
        this.workstreams = workstreams;
    }

    /** The person acting with the workstreams they lead, read once for a whole list of actions. */
    Actor current() {
        ActingUser acting = currentUser.get();
        Long userId = acting.id();
        Set<Long> led = userId == null ? Set.of() : Set.copyOf(workstreams.idsLedBy(userId));
        return new Actor(userId, acting.username(), acting.isAdmin(), led, acting.has(Role.WORKSTREAM_LEAD),
                acting.has(Role.FORUM_REP));
    }

    /** What the person may do on the plan as a whole. */
    PlanAbilities abilities() {
        ActingUser acting = currentUser.get();
        return new PlanAbilities(acting.isAdmin() || acting.has(Role.WORKSTREAM_LEAD), acting.isAdmin(),
                acting.has(Role.WORKSTREAM_LEAD));
    }

    /** Admins keep the workstreams. */
    boolean mayEditWorkstreams() {
        return currentUser.has(Role.ADMIN);
    }
}
