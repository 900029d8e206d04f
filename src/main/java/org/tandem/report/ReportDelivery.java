package org.tandem.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One recipient's copy of an issued report. A copy is claimed (SENDING) in its own committed transaction before
 * the e-mail leaves, so no other instance or retry can send it again; see {@link ReportDispatch}.
 */
@Entity
@Table(name = "report_delivery")
class ReportDelivery {

    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private long reportId;

    @Column(name = "recipient_key", nullable = false, length = 300, updatable = false)
    private String recipientKey = "";

    @Column(nullable = false, length = 254, updatable = false)
    private String recipient = "";

    @Column(name = "recipient_name", nullable = false, length = 200, updatable = false)
    private String recipientName = "";

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private DeliveryStatus status = DeliveryStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt = Instant.EPOCH;

    @Column(name = "first_failed_at")
    private @Nullable Instant firstFailedAt;

    @Column(name = "claimed_at")
    private @Nullable Instant claimedAt;

    @Column(name = "claimed_by", length = 100)
    private @Nullable String claimedBy;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    @Column(name = "last_error", length = 500)
    private @Nullable String lastError;

    protected ReportDelivery() {
    }

    ReportDelivery(long reportId, Recipient recipient, Instant due) {
        this.reportId = reportId;
        this.recipientKey = recipient.key();
        this.recipient = recipient.email() == null ? "" : recipient.email();
        this.recipientName = recipient.name().length() > 200 ? recipient.name().substring(0, 200) : recipient.name();
        this.nextAttemptAt = due;
    }

    void sent(Instant at, boolean toOutbox) {
        status = toOutbox ? DeliveryStatus.OUTBOX : DeliveryStatus.SENT;
        sentAt = at;
        lastError = null;
    }

    /** A failure that may pass is tried again after a growing wait, until {@code retryFor} after the first. */
    void failed(String error, boolean retryable, Instant at, Duration retryFor) {
        if (firstFailedAt == null) {
            firstFailedAt = at;
        }
        if (retryable && at.isBefore(firstFailedAt.plus(retryFor))) {
            status = DeliveryStatus.RETRYING;
            Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 10));
            nextAttemptAt = at.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
            lastError = cut(error);
        } else {
            status = DeliveryStatus.FAILED;
            lastError = cut(retryable ? "Gave up after trying for " + retryFor.toHours() + " hours: " + error : error);
        }
    }

    /** An admin sends a failed copy again, on purpose: it starts afresh. */
    void sendAgain(Instant at) {
        if (status != DeliveryStatus.FAILED) {
            throw new org.tandem.shared.ValidationProblem("status", "Only a failed copy can be sent again.");
        }
        status = DeliveryStatus.PENDING;
        nextAttemptAt = at;
        firstFailedAt = null;
        claimedAt = null;
        claimedBy = null;
    }

    private static String cut(String error) {
        return error.length() > 500 ? error.substring(0, 499) + "…" : error;
    }

    long getId() {
        return id == null ? 0 : id;
    }

    long getReportId() {
        return reportId;
    }

    String getRecipient() {
        return recipient;
    }

    DeliveryRow row() {
        return new DeliveryRow(getId(), recipientName, recipient, status, attempts, sentAt, lastError,
                status == DeliveryStatus.RETRYING ? nextAttemptAt : null);
    }
}
