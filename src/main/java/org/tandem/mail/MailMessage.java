package org.tandem.mail;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An e-mail with an HTML part besides its plain text, attachments and images the HTML shows inline.
 *
 * @param messageId a fixed Message-ID, so that a mail server that sees the same e-mail twice can tell; null for a
 *        new one each time
 */
public record MailMessage(String to, String subject, String text, @Nullable String html, List<Part> attachments,
        List<Part> inline, @Nullable String messageId) {

    public MailMessage {
        attachments = List.copyOf(attachments);
        inline = List.copyOf(inline);
    }

    /** An attachment (by file name) or an inline image (by content id). */
    public record Part(String name, String contentType, byte[] content) {
    }
}
