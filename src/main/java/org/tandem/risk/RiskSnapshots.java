package org.tandem.risk;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RiskSnapshots extends JpaRepository<RiskSnapshot, Long> {

    @Query("select s from RiskSnapshot s where s.riskId = :riskId order by s.takenAt")
    List<RiskSnapshot> forRisk(@Param("riskId") long riskId);

    boolean existsByReportId(long reportId);

    /** Every risk's score in the latest report before this one, for "new" and "worsened". */
    @Query("""
            select s from RiskSnapshot s where s.reportId = (select max(o.reportId) from RiskSnapshot o)
            """)
    List<RiskSnapshot> latest();
}
