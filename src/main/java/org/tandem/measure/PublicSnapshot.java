package org.tandem.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tandem.shared.AbstractEntity;

/** The public progress page as it stood when a board report was issued, as JSON. */
@Entity
@Table(name = "measure_public_snapshot")
class PublicSnapshot extends AbstractEntity {

    /** As large as a LONGTEXT holds, so that Hibernate expects the column the migration makes. */
    static final int LARGE = Integer.MAX_VALUE;

    @Column(name = "report_id", nullable = false, unique = true)
    private long reportId;
    @Column(name = "half_term_id", nullable = false)
    private long halfTermId;
    @Column(name = "taken_at", nullable = false)
    private Instant takenAt = Instant.EPOCH;
    @Lob
    @Column(nullable = false, length = LARGE)
    private String content = "";

    protected PublicSnapshot() {
    }

    PublicSnapshot(long reportId, long halfTermId, Instant takenAt, String content) {
        this.reportId = reportId;
        this.halfTermId = halfTermId;
        this.takenAt = takenAt;
        this.content = content;
    }

    long getReportId() {
        return reportId;
    }

    Instant getTakenAt() {
        return takenAt;
    }

    String getContent() {
        return content;
    }
}
