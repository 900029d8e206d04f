package org.tandem.shared.ui;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.shared.ValidationProblem;

/**
 * What escapes a view's {@link SaveAttempt} is shown as it would have shown it (as a notice, since the field is not
 * known here), and anything unexpected as a plain apology with the time to quote, logged in full.
 */
@Component
class SessionErrors implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(SessionErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(SessionErrors::handle));
    }

    static void handle(ErrorEvent event) {
        Throwable cause = event.getThrowable();
        while (cause.getCause() != null && !known(cause)) {
            cause = cause.getCause();
        }
        if (VaadinSession.getCurrent() == null || com.vaadin.flow.component.UI.getCurrent() == null) {
            LOG.error("Unhandled error outside a UI", event.getThrowable());
            return;
        }
        switch (cause) {
            case ValidationProblem problem -> Notifications.error(problem.getMessage());
            case ConcurrentEditException conflict -> Notifications.error(conflict.getMessage());
            case AccessDeniedException refusal -> Notifications.error(SaveAttempt.refused(refusal));
            default -> {
                LOG.error("Unexpected error in the UI", event.getThrowable());
                Notifications.error("Something went wrong and nothing was saved. Please try again; if it happens "
                        + "again, tell your programme officer the time: " + java.time.LocalTime.now()
                        .withNano(0) + ".");
            }
        }
    }

    private static boolean known(Throwable cause) {
        return cause instanceof ValidationProblem || cause instanceof ConcurrentEditException
                || cause instanceof AccessDeniedException;
    }
}
