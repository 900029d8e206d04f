package org.tandem.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutgoingMails extends JpaRepository<OutgoingMail, Long> {

    /** The outbox's rows without their HTML parts, which are large and read one at a time. */
    @Query(value = """
            select new org.tandem.mail.OutgoingMails$Row(m.id, m.recipient, m.subject, m.body, m.status, m.error,
                m.createdAt, m.attachments, case when m.html is null then false else true end)
            from OutgoingMail m
            """, countQuery = "select count(m) from OutgoingMail m")
    Page<Row> rows(Pageable pageable);

    @Query("select m.html from OutgoingMail m where m.id = :id")
    Optional<String> html(@Param("id") long id);

    record Row(long id, String recipient, String subject, String body, MailStatus status, @Nullable String error,
            Instant createdAt, @Nullable String attachments, boolean hasHtml) {

        OutboxEntry entry() {
            List<MailAttachment> parts = attachments == null ? List.of() : MailAttachment.parse(attachments);
            return new OutboxEntry(id, recipient, subject, body, status, error, createdAt, parts, hasHtml);
        }
    }
}
