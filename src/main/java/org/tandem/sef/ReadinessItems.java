package org.tandem.sef;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReadinessItems extends JpaRepository<ReadinessItem, Long> {

    List<ReadinessItem> findAllByOrderByPosition();

    /** Evidence taken out of the library no longer answers any item. */
    @org.springframework.data.jpa.repository.Modifying(clearAutomatically = true)
    @org.springframework.data.jpa.repository.Query(value = "delete from sef_readiness_evidence where evidence_id = ?1",
            nativeQuery = true)
    void forget(long evidenceId);
}
