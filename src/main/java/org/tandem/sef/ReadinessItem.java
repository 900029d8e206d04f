package org.tandem.sef;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import org.tandem.shared.AbstractEntity;

/** One thing inspectors ask for at the start of an inspection, and the evidence that answers it. */
@Entity
@Table(name = "sef_readiness_item")
public class ReadinessItem extends AbstractEntity {

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 2000)
    private String description;

    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 100)
    @CollectionTable(name = "sef_readiness_evidence", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "evidence_id", nullable = false)
    private Set<Long> evidenceIds = new HashSet<>();

    protected ReadinessItem() {
    }

    ReadinessItem(int position, String title, String description) {
        this.position = position;
        this.title = title;
        this.description = description;
    }

    void answerWith(Set<Long> evidence) {
        evidenceIds.clear();
        evidenceIds.addAll(evidence);
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Set<Long> getEvidenceIds() {
        return evidenceIds;
    }
}
