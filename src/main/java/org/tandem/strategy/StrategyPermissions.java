package org.tandem.strategy;

import org.springframework.stereotype.Component;
import org.tandem.people.CurrentUser;
import org.tandem.people.Role;

/** Who may change the strategy, asked by its service; the screens offer what these answers allow. */
@Component
class StrategyPermissions {

    private final CurrentUser currentUser;

    StrategyPermissions(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** Admins set up strategies, their approval and priorities. */
    boolean mayEdit() {
        return currentUser.has(Role.ADMIN);
    }

    /** The board, and admins on its behalf, override a priority's derived RAG with a reason. */
    boolean mayOverrideRag() {
        return currentUser.has(Role.ADMIN) || currentUser.has(Role.BOARD_MEMBER);
    }
}
