package org.tandem.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** What the digest remembers: whose digest a day's run has claimed, and which once-only reminders reached whom. */
@Component
class DigestLedger {

    private final DigestClaims claims;
    private final DeliveredReminders delivered;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    DigestLedger(DigestClaims claims, DeliveredReminders delivered, PlatformTransactionManager transactions,
            Clock clock) {
        this.claims = claims;
        this.delivered = delivered;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Claims the person's digest for {@code day}, committed at once; false when a run (this one earlier, another
     * instance, or one before a restart) has claimed it already. The unique key decides a race between instances.
     */
    boolean claim(long recipientId, LocalDate day) {
        if (claims.existsByRecipientIdAndDigestDate(recipientId, day)) {
            return false;
        }
        try {
            ownTransaction.executeWithoutResult(status ->
                    claims.saveAndFlush(new DigestClaim(recipientId, day, clock.instant())));
            return true;
        } catch (DataIntegrityViolationException e) {
            if (claims.existsByRecipientIdAndDigestDate(recipientId, day)) {
                return false; // another instance claimed it a moment ago
            }
            throw e;
        }
    }

    /** The reminders still to send: those meant to reach the person once, and already delivered, are left out. */
    List<Reminder> notYetDelivered(long recipientId, List<Reminder> reminders) {
        Set<String> keys = onceKeys(reminders);
        if (keys.isEmpty()) {
            return reminders;
        }
        Set<String> done = new HashSet<>(delivered.deliveredKeys(recipientId, keys));
        return reminders.stream().filter(reminder -> !done.contains(reminder.onceKey())).toList();
    }

    void recordDelivered(long recipientId, List<Reminder> reminders, LocalDate day) {
        Set<String> keys = onceKeys(reminders);
        if (!keys.isEmpty()) {
            ownTransaction.executeWithoutResult(status -> keys.forEach(key ->
                    delivered.save(new DeliveredReminder(recipientId, key, day))));
        }
    }

    private static Set<String> onceKeys(List<Reminder> reminders) {
        return reminders.stream().map(Reminder::onceKey).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
