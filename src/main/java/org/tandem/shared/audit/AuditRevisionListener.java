package org.tandem.shared.audit;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the signed-in user, or "system" for jobs and start-up work. */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String username = authentication == null || authentication instanceof AnonymousAuthenticationToken
                ? null : authentication.getName();
        ((AuditRevision) revisionEntity).setUsername(username);
    }
}
