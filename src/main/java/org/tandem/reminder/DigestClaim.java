package org.tandem.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A person's digest for one day, claimed before it is sent. The database allows one claim per person per day, so
 * of two runs on the same day (two instances, or a restart) only the first sends.
 */
@Entity
@Table(name = "reminder_digest")
class DigestClaim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Column(name = "digest_date", nullable = false)
    private LocalDate digestDate = LocalDate.EPOCH;

    @Column(name = "claimed_at", nullable = false)
    private Instant claimedAt = Instant.EPOCH;

    protected DigestClaim() {
    }

    DigestClaim(long recipientId, LocalDate digestDate, Instant claimedAt) {
        this.recipientId = recipientId;
        this.digestDate = digestDate;
        this.claimedAt = claimedAt;
    }
}
