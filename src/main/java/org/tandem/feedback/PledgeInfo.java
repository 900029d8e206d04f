package org.tandem.feedback;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The pledge as everyone reads it; empty text until an admin writes it. */
public record PledgeInfo(long version, String text, @Nullable String changedBy, @Nullable Instant changedAt) {

    public static final int TEXT_LENGTH = CoProductionPledge.TEXT_LENGTH;
}
