package org.tandem.mail;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.AdminOnly;

/**
 * Sends e-mail through Spring Mail and records each one. With no mail server configured (the plain
 * run), or with {@code tandem.mail.outbox=true}, nothing leaves: the e-mail waits in the outbox, which admins read,
 * so that a newcomer sees what would have been sent.
 */
@Service
public class MailService {

    private static final Logger log = LoggerFactory.getLogger(MailService.class);

    private final OutgoingMails mails;
    private final ObjectProvider<JavaMailSender> sender;
    private final Clock clock;
    private final String from;
    private final boolean outboxOnly;

    MailService(OutgoingMails mails, ObjectProvider<JavaMailSender> sender, Clock clock,
            @Value("${tandem.mail.from:tandem@localhost}") String from,
            @Value("${tandem.mail.outbox:false}") boolean outboxOnly) {
        this.mails = mails;
        this.sender = sender;
        this.clock = clock;
        this.from = from;
        this.outboxOnly = outboxOnly;
    }

    /** Sends (or keeps in the outbox) one e-mail; never throws for a mail failure, which it records instead. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public MailStatus send(String to, String subject, String text) {
        return deliver(new MailMessage(to, subject, text, null, List.of(), List.of(), null)).status();
    }

    /**
     * Sends (or keeps in the outbox) an e-mail with HTML, attachments and inline images, and records it. Never
     * throws for a mail failure: the outcome says what happened and whether trying again may help.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public MailOutcome deliver(MailMessage message) {
        OutgoingMail mail = new OutgoingMail(message, clock.instant());
        JavaMailSender mailSender = outboxOnly ? null : sender.getIfAvailable();
        MailOutcome outcome;
        if (mailSender == null) {
            outcome = new MailOutcome(MailStatus.OUTBOX, null, false);
        } else {
            outcome = RichMail.send(mailSender, from, message);
            if (!outcome.delivered()) {
                log.warn("Could not send '{}' to {}: {}", message.subject(), message.to(), outcome.error());
            }
        }
        mail.outcome(outcome.status(), outcome.error());
        mails.save(mail);
        return outcome;
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public Page<OutboxEntry> outbox(Pageable pageable) {
        Pageable newestFirst = PageRequest.of(pageable.getPageNumber(), Math.min(Math.max(pageable.getPageSize(), 1),
                200), Sort.by(Sort.Direction.DESC, "createdAt", "id"));
        return mails.rows(newestFirst).map(OutgoingMails.Row::entry);
    }

    /** The HTML part of an e-mail in the outbox, exactly as sent; empty when it had none. */
    @AdminOnly
    @Transactional(readOnly = true)
    public java.util.Optional<String> html(long id) {
        return mails.html(id);
    }
}
