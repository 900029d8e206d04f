package org.tandem.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.tandem.mail.MailService;
import org.tandem.mail.MailStatus;
import org.tandem.people.AdminOnly;

/**
 * Today's reminder digests: asks every {@link ReminderSource} what is due, and sends each person one plain-text
 * e-mail with all of it. A person's digest is claimed in the database before it is sent, so a second run on the
 * same day (another instance, a restart, a misfire caught up) sends them nothing again.
 */
@Service
public class ReminderDigest {

    private static final Logger log = LoggerFactory.getLogger(ReminderDigest.class);

    private final ObjectProvider<ReminderSource> sources;
    private final DigestLedger ledger;
    private final DigestText text;
    private final MailService mail;
    private final Clock clock;

    ReminderDigest(ObjectProvider<ReminderSource> sources, DigestLedger ledger, DigestText text, MailService mail,
            Clock clock) {
        this.sources = sources;
        this.ledger = ledger;
        this.text = text;
        this.mail = mail;
        this.clock = clock;
    }

    /** Sends today's digests; one person's trouble (no address, a failure) leaves everyone else's untouched. */
    @AdminOnly
    public DigestRun send() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        int alreadySent = 0;
        int withoutEmail = 0;
        int failed = 0;
        for (List<Reminder> reminders : gather(today).values()) {
            switch (deliver(reminders, today)) {
                case SENT -> sent++;
                case ALREADY_SENT -> alreadySent++;
                case NO_EMAIL -> withoutEmail++;
                case FAILED -> failed++;
                case NOTHING_NEW -> { }
            }
        }
        DigestRun run = new DigestRun(sent, alreadySent, withoutEmail, failed);
        log.info("Reminder digests for {}: {}", today, run);
        return run;
    }

    /** Each person's reminders, sources in their order; a source that fails is logged and left out. */
    private Map<Long, List<Reminder>> gather(LocalDate today) {
        Map<Long, List<Reminder>> byPerson = new LinkedHashMap<>();
        sources.orderedStream().forEach(source -> {
            try {
                source.due(today).forEach(reminder -> byPerson
                        .computeIfAbsent(reminder.recipient().userId(), id -> new ArrayList<>()).add(reminder));
            } catch (RuntimeException e) {
                log.error("Reminder source {} failed: its reminders are missing from the digests of {}",
                        AopUtils.getTargetClass(source).getSimpleName(), today, e);
            }
        });
        return byPerson;
    }

    private Outcome deliver(List<Reminder> reminders, LocalDate today) {
        Recipient to = reminders.getFirst().recipient();
        try {
            List<Reminder> due = ledger.notYetDelivered(to.userId(), reminders);
            if (due.isEmpty()) {
                return Outcome.NOTHING_NEW;
            }
            if (to.email() == null || to.email().isBlank()) {
                log.warn("No reminder digest for {} (user {}): they have no e-mail address", to.name(), to.userId());
                return Outcome.NO_EMAIL;
            }
            if (!ledger.claim(to.userId(), today)) {
                return Outcome.ALREADY_SENT;
            }
            if (mail.send(to.email(), text.subject(today), text.body(to, due, today)) == MailStatus.FAILED) {
                // Not recorded as delivered: a reminder meant to reach them once is tried again in the next digest.
                return Outcome.FAILED;
            }
            ledger.recordDelivered(to.userId(), due, today);
            return Outcome.SENT;
        } catch (RuntimeException e) {
            log.error("Reminder digest for {} (user {}) failed", to.name(), to.userId(), e);
            return Outcome.FAILED;
        }
    }

    private enum Outcome { SENT, ALREADY_SENT, NO_EMAIL, FAILED, NOTHING_NEW }
}
