package org.tandem.sef;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored evidence file: how many pieces it has. Written by {@link EvidenceFiles}; mapped for the schema. */
@Entity
@Table(name = "sef_evidence_file")
class EvidenceFile {

    @Id
    private Long id;

    @Column(nullable = false)
    private int pieces;

    protected EvidenceFile() {
    }
}
