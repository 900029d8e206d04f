package org.tandem.report;

import java.time.Instant;

/**
 * A half-term's report was issued. Published inside the issuing transaction, so that what a listener stores with
 * it (the risk register keeps every risk's score) is kept with the report or not at all.
 */
public record ReportIssued(long reportId, long halfTermId, Instant producedAt) {
}
