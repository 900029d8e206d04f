package org.tandem.report;

import org.springframework.stereotype.Component;
import org.tandem.people.CurrentUser;
import org.tandem.people.Role;

/** Who may do what with board reports beyond reading them; the report screens offer what these answers allow. */
@Component
class ReportPermissions {

    private final CurrentUser currentUser;

    ReportPermissions(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** Admins preview reports, produce one now, see each copy and send a failed copy again. */
    boolean mayManage() {
        return currentUser.has(Role.ADMIN);
    }
}
