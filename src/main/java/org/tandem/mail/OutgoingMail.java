package org.tandem.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One e-mail Tandem sent, or would have sent: a record that is never edited. It keeps the whole message (text,
 * HTML, the attachments' names and sizes), since an admin reads it to know what a recipient received.
 */
@Entity
@Table(name = "outgoing_mail")
class OutgoingMail {

    static final int SUBJECT_LENGTH = 300;
    /** Long enough that MariaDB keeps it in a LONGTEXT column (H2: CLOB, see V14). */
    static final int LARGE = Integer.MAX_VALUE;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "recipient", nullable = false, length = 254)
    private String recipient = "";

    @Column(nullable = false, length = SUBJECT_LENGTH)
    private String subject = "";

    @Lob
    @Column(nullable = false, length = LARGE)
    private String body = "";

    @Lob
    @Column(length = LARGE)
    private @Nullable String html;

    @Lob
    @Column(length = LARGE)
    private @Nullable String attachments;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private MailStatus status = MailStatus.OUTBOX;

    @Column(length = 500)
    private @Nullable String error;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected OutgoingMail() {
    }

    OutgoingMail(MailMessage message, Instant at) {
        this.recipient = message.to();
        this.subject = message.subject().length() > SUBJECT_LENGTH ? message.subject().substring(0, SUBJECT_LENGTH)
                : message.subject();
        this.body = message.text();
        this.html = message.html();
        this.attachments = message.attachments().isEmpty() ? null : MailAttachment.lines(
                message.attachments().stream().map(MailAttachment::of).toList());
        this.createdAt = at;
    }

    void outcome(MailStatus newStatus, @Nullable String newError) {
        this.status = newStatus;
        this.error = newError == null || newError.length() <= 500 ? newError : newError.substring(0, 500);
    }
}
