package org.tandem.security;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tandem.people.UserDisabled;

/** Ends every session of a disabled user: their next request, even a background one, signs them out. */
@Component
class SessionTermination {

    private final SessionRegistry sessionRegistry;

    SessionTermination(SessionRegistry sessionRegistry) {
        this.sessionRegistry = sessionRegistry;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(UserDisabled event) {
        for (Object principal : sessionRegistry.getAllPrincipals()) {
            String name = switch (principal) {
                case AuthenticatedPrincipal named -> named.getName();
                case UserDetails details -> details.getUsername();
                default -> principal.toString();
            };
            if (name.equals(event.username())) {
                sessionRegistry.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
            }
        }
    }
}
