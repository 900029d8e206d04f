package org.tandem.risk;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Risks extends JpaRepository<Risk, Long>, JpaSpecificationExecutor<Risk> {

    boolean existsByReference(String reference);

    boolean existsByOwnerIdAndStatus(long ownerId, RiskStatus status);

    java.util.Optional<Risk> findByReference(String reference);

    @Query("select r.reference from Risk r where r.reference like 'R-%'")
    List<String> numberedReferences();

    /** Risk id and action id of every open risk's mitigating actions, in one statement. */
    @Query("select r.id, a from Risk r join r.actionIds a where r.status = org.tandem.risk.RiskStatus.OPEN")
    List<Object[]> openActionLinks();

    /** Open risks whose tolerance has passed its date, for the daily check. */
    @Query("""
            select r from Risk r where r.status = org.tandem.risk.RiskStatus.OPEN
              and r.toleratedUntil is not null and r.toleratedUntil < :today
            """)
    List<Risk> toleranceExpiredBefore(@Param("today") LocalDate today);
}
