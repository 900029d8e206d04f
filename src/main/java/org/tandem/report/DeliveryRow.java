package org.tandem.report;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One recipient's copy as admins see it on the report's page. */
public record DeliveryRow(long id, String name, String email, DeliveryStatus status, int attempts,
        @Nullable Instant sentAt, @Nullable String error, @Nullable Instant nextAttempt) {
}
