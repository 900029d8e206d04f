package org.tandem.risk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ToleranceDecisions extends JpaRepository<ToleranceDecision, Long> {

    @Query("select t from ToleranceDecision t where t.riskId = :riskId order by t.acceptedAt desc, t.id desc")
    List<ToleranceDecision> forRisk(@Param("riskId") long riskId);

    @Query("select t from ToleranceDecision t where t.riskId = :riskId and t.lapsedAt is null")
    Optional<ToleranceDecision> standing(@Param("riskId") long riskId);

    @Query("select t from ToleranceDecision t where t.lapsedAt >= :since order by t.lapsedAt")
    List<ToleranceDecision> lapsedSince(@Param("since") Instant since);
}
