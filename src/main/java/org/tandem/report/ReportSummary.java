package org.tandem.report;

import java.time.Instant;

/** An issued report in the archive's list. */
public record ReportSummary(long id, long halfTermId, String title, Instant issuedAt, String issuedBy) {
}
