package org.tandem.mail;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An e-mail as the outbox page lists it: its whole text and its attachments; its HTML part, when it has one, is
 * read through {@link MailService#html(long)}.
 */
public record OutboxEntry(long id, String recipient, String subject, String body, MailStatus status,
        @Nullable String error, Instant createdAt, List<MailAttachment> attachments, boolean hasHtml) {

    public OutboxEntry {
        attachments = List.copyOf(attachments);
    }
}
