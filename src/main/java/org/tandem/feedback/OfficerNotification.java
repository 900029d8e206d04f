package org.tandem.feedback;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tandem.shared.TandemProperties;

/**
 * Tells the assigned officer by e-mail, after the assignment is saved. A failure to send is logged and does not
 * undo the assignment; with no mail server configured (the plain run) the e-mail is only logged.
 */
@Component
class OfficerNotification {

    private static final Logger log = LoggerFactory.getLogger(OfficerNotification.class);
    private static final int QUOTE_LENGTH = 400;

    private final ObjectProvider<JavaMailSender> mailSender;
    private final TandemProperties properties;
    private final String from;

    OfficerNotification(ObjectProvider<JavaMailSender> mailSender, TandemProperties properties,
            @Value("${tandem.mail.from:tandem@localhost}") String from) {
        this.mailSender = mailSender;
        this.properties = properties;
        this.from = from;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(FeedbackAssigned assigned) {
        if (assigned.officerEmail() == null || assigned.officerEmail().isBlank()) {
            log.warn("Feedback {} was assigned to {}, who has no e-mail address: not told by e-mail",
                    assigned.feedbackId(), assigned.officerName());
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(assigned.officerEmail());
        message.setSubject("Families have said something you are asked to respond to");
        message.setText(body(assigned));
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.info("No mail server configured; would have told {} about feedback {}", assigned.officerEmail(),
                    assigned.feedbackId());
            return;
        }
        try {
            sender.send(message);
        } catch (MailException e) {
            log.warn("Could not tell {} about feedback {}: {}", assigned.officerEmail(), assigned.feedbackId(),
                    e.getMessage());
        }
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
