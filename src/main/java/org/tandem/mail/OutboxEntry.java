package org.tandem.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An e-mail as the outbox page lists it. */
public record OutboxEntry(long id, String recipient, String subject, String body, MailStatus status,
        @Nullable String error, Instant createdAt) {
}
