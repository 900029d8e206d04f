package org.tandem.feedback;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tandem.mail.MailService;
import org.tandem.shared.TandemProperties;

/**
 * Tells the assigned officer by e-mail, after the assignment is saved. A failure to send is recorded and does not
 * undo the assignment; with no mail server configured (the plain run) the e-mail waits in the admins' outbox.
 */
@Component
class OfficerNotification {

    private static final Logger log = LoggerFactory.getLogger(OfficerNotification.class);
    private static final int QUOTE_LENGTH = 400;

    private final MailService mail;
    private final TandemProperties properties;

    OfficerNotification(MailService mail, TandemProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(FeedbackAssigned assigned) {
        if (assigned.officerEmail() == null || assigned.officerEmail().isBlank()) {
            log.warn("Feedback {} was assigned to {}, who has no e-mail address: not told by e-mail",
                    assigned.feedbackId(), assigned.officerName());
            return;
        }
        mail.send(assigned.officerEmail(), "Families have said something you are asked to respond to",
                body(assigned));
    }

    private String body(FeedbackAssigned assigned) {
        String said = assigned.whatWasSaid().length() > QUOTE_LENGTH
                ? assigned.whatWasSaid().substring(0, QUOTE_LENGTH) + "..." : assigned.whatWasSaid();
        return "Dear " + assigned.officerName() + ",\n\n"
                + "You have been asked to write the partnership's response (\"we did\") to this:\n\n"
                + "  \"" + said + "\"\n\n"
                + "Please write the response in Tandem:\n"
                + properties.baseUrl().replaceAll("/+$", "") + "/feedback/" + assigned.feedbackId() + "\n\n"
                + "Tandem, for the " + properties.partnershipName() + "\n";
    }
}
