package org.tandem.shared.audit;

import org.hibernate.envers.RevisionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.tandem.shared.Acting;

/**
 * Stamps each revision with the signed-in user, or "system" for jobs and start-up work. Hibernate makes it through
 * Spring's bean container, which hands it the one answer to who is acting (late: that answer reads the database,
 * which is being set up when this listener is made).
 */
public class AuditRevisionListener implements RevisionListener {

    private final ObjectProvider<Acting> acting;

    public AuditRevisionListener(ObjectProvider<Acting> acting) {
        this.acting = acting;
    }

    @Override
    public void newRevision(Object revisionEntity) {
        String username = acting.getObject().username();
        ((AuditRevision) revisionEntity).setUsername(username.isEmpty() ? null : username);
    }
}
