package org.tandem.action;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The person acting, with what the action plan's permissions depend on. */
record Actor(@Nullable Long userId, String username, boolean admin, Set<Long> ledWorkstreamIds, boolean lead,
        boolean forumRep) {

    boolean mayEdit(ActionItem action) {
        return admin || owns(action) || leads(action);
    }

    boolean mayUpdate(ActionItem action) {
        return mayEdit(action);
    }

    boolean mayCreateIn(@Nullable Long workstreamId) {
        return admin || workstreamId != null && ledWorkstreamIds.contains(workstreamId);
    }

    /** The forum or young people's group agree that a co-produced action was co-produced with them. */
    boolean maySignOff(ActionItem action) {
        return (admin || forumRep) && !action.getCoProducedWith().isEmpty() && action.getSignedOffBy() == null;
    }

    private boolean owns(ActionItem action) {
        return userId != null && userId.equals(action.getOwnerId());
    }

    private boolean leads(ActionItem action) {
        return action.getWorkstream() != null && ledWorkstreamIds.contains(action.getWorkstream().getId());
    }
}
