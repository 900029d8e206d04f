package org.tandem.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** One e-mail Tandem sent, or would have sent: a record that is never edited. */
@Entity
@Table(name = "outgoing_mail")
class OutgoingMail {

    static final int SUBJECT_LENGTH = 300;
    static final int BODY_LENGTH = 8_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "recipient", nullable = false, length = 254)
    private String recipient = "";

    @Column(nullable = false, length = SUBJECT_LENGTH)
    private String subject = "";

    @Column(nullable = false, length = BODY_LENGTH)
    private String body = "";

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

    OutgoingMail(String recipient, String subject, String body, Instant at) {
        this.recipient = recipient;
        this.subject = subject.length() > SUBJECT_LENGTH ? subject.substring(0, SUBJECT_LENGTH) : subject;
        this.body = body.length() > BODY_LENGTH ? body.substring(0, BODY_LENGTH) : body;
        this.createdAt = at;
    }

    void outcome(MailStatus newStatus, @Nullable String newError) {
        this.status = newStatus;
        this.error = newError == null || newError.length() <= 500 ? newError : newError.substring(0, 500);
    }

    OutboxEntry entry() {
        return new OutboxEntry(id == null ? 0 : id, recipient, subject, body, status, error, createdAt);
    }
}
