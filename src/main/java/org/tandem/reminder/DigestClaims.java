package org.tandem.reminder;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

interface DigestClaims extends JpaRepository<DigestClaim, Long> {

    boolean existsByRecipientIdAndDigestDate(long recipientId, LocalDate digestDate);
}
