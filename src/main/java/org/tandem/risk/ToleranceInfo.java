package org.tandem.risk;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A tolerance decision as the risk page shows it; lapsed ones say when and why. */
public record ToleranceInfo(String acceptedBy, Instant acceptedAt, String reason, LocalDate expiresOn,
        int atScore, @Nullable Instant lapsedAt, @Nullable String lapseReason) {

    public boolean standing() {
        return lapsedAt == null;
    }
}
