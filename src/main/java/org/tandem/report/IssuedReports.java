package org.tandem.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface IssuedReports extends JpaRepository<IssuedReport, Long> {

    boolean existsByHalfTermId(long halfTermId);

    Optional<IssuedReport> findByHalfTermId(long halfTermId);

    /** The archive's list, newest first, without the large columns. */
    @Query("""
            select new org.tandem.report.ReportSummary(r.id, r.halfTermId, r.title, r.issuedAt, r.issuedBy)
            from IssuedReport r order by r.issuedAt desc, r.id desc
            """)
    List<ReportSummary> summaries(org.springframework.data.domain.Pageable pageable);

    @Query("select r.figures from IssuedReport r where r.issuedAt < :before order by r.issuedAt desc, r.id desc")
    List<String> figuresBefore(@Param("before") java.time.Instant before, org.springframework.data.domain.Limit limit);
}
