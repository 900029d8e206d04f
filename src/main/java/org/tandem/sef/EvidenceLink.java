package org.tandem.sef;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One thing a piece of evidence supports: a criterion of a framework, or an item of another module by id. */
@Embeddable
public record EvidenceLink(
        @Enumerated(EnumType.STRING) @Column(name = "target_kind", nullable = false, length = 20) LinkTarget kind,
        @Column(name = "target_id", nullable = false) long targetId) {
}
