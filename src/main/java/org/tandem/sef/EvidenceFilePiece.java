package org.tandem.sef;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * One piece (at most 1 MB) of a stored evidence file. Mapped so that the schema is known to Hibernate's
 * validation, but written and read only by {@link EvidenceFiles}, piece by piece, so that no file is held whole.
 */
@Entity
@Table(name = "sef_evidence_file_piece")
class EvidenceFilePiece {

    @EmbeddedId
    private Key key;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, length = 1 << 30)
    private byte[] content;

    protected EvidenceFilePiece() {
    }

    @Embeddable
    record Key(@Column(name = "file_id") long fileId, @Column(name = "seq") int seq) implements Serializable {
    }
}
