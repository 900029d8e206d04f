package org.tandem.risk;

import java.time.Instant;

/** A risk's residual score as one issued board report saw it. */
public record SnapshotInfo(String halfTerm, Instant takenAt, RiskScore residual, String band, Level level) {
}
