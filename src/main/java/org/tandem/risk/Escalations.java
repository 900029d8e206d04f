package org.tandem.risk;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Escalations extends JpaRepository<Escalation, Long> {

    @Query("select e from Escalation e where e.riskId = :riskId order by e.takenAt desc, e.id desc")
    List<Escalation> forRisk(@Param("riskId") long riskId, Limit limit);

    /** Ids of risks escalated to the board since a moment, for the report's "escalated this half-term". */
    @Query("""
            select distinct e.riskId from Escalation e
            where e.takenAt >= :since and e.to = org.tandem.risk.Level.BOARD
            """)
    List<Long> escalatedToBoardSince(@Param("since") Instant since);
}
