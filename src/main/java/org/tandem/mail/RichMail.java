package org.tandem.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Builds a MIME e-mail (plain text, or multipart with HTML, inline images and attachments) and sends it. */
final class RichMail {

    private RichMail() {
    }

    static MailOutcome send(JavaMailSender sender, String from, MailMessage message) {
        try {
            MimeMessage mime = create(sender, message.messageId());
            boolean multipart = message.html() != null || !message.attachments().isEmpty()
                    || !message.inline().isEmpty();
            MimeMessageHelper helper = new MimeMessageHelper(mime, multipart
                    ? MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED : MimeMessageHelper.MULTIPART_MODE_NO, "UTF-8");
            helper.setFrom(from);
            helper.setTo(message.to());
            helper.setSubject(message.subject());
            if (message.html() == null) {
                helper.setText(message.text());
            } else {
                helper.setText(message.text(), message.html());
            }
            for (MailMessage.Part part : message.inline()) {
                helper.addInline(part.name(), new ByteArrayResource(part.content()), part.contentType());
            }
            for (MailMessage.Part part : message.attachments()) {
                helper.addAttachment(part.name(), new ByteArrayResource(part.content()), part.contentType());
            }
            sender.send(mime);
            return new MailOutcome(MailStatus.SENT, null, false);
        } catch (MessagingException e) {
            return new MailOutcome(MailStatus.FAILED, reason(e), !(e instanceof AddressException));
        } catch (MailParseException | MailPreparationException e) {
            return new MailOutcome(MailStatus.FAILED, reason(e), false);
        } catch (MailException e) {
            return new MailOutcome(MailStatus.FAILED, reason(e), !refused(e));
        }
    }

    /** The server refused the address itself (a 5xx answer to RCPT TO): trying again will not help. */
    private static boolean refused(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SendFailedException failed && failed.getInvalidAddresses() != null
                    && failed.getInvalidAddresses().length > 0) {
                return true;
            }
            if (cause instanceof AddressException) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (root != e && root.getMessage() != null && !message.contains(root.getMessage())) {
            message = message + " (" + root.getMessage() + ")";
        }
        return message;
    }

    private static MimeMessage create(JavaMailSender sender, @Nullable String messageId) {
        if (messageId == null || !(sender instanceof JavaMailSenderImpl impl)) {
            return sender.createMimeMessage();
        }
        return new FixedIdMessage(impl.getSession(), messageId);
    }

    /** Keeps the Message-ID it was given instead of making a new one when saved. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
