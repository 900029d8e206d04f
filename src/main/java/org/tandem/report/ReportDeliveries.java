package org.tandem.report;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReportDeliveries extends JpaRepository<ReportDelivery, Long> {

    @Query("""
            select d.id from ReportDelivery d
            where d.status in (org.tandem.report.DeliveryStatus.PENDING, org.tandem.report.DeliveryStatus.RETRYING)
              and d.nextAttemptAt <= :now order by d.nextAttemptAt, d.id
            """)
    List<Long> due(@Param("now") Instant now, Limit limit);

    /** Claims a copy for sending; 1 when this caller won it, 0 when another did or it is not due. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update ReportDelivery d set d.status = org.tandem.report.DeliveryStatus.SENDING, d.claimedAt = :now,
                   d.claimedBy = :by, d.attempts = d.attempts + 1
            where d.id = :id and d.nextAttemptAt <= :now
              and d.status in (org.tandem.report.DeliveryStatus.PENDING, org.tandem.report.DeliveryStatus.RETRYING)
            """)
    int claim(@Param("id") long id, @Param("now") Instant now, @Param("by") String by);

    /** Copies whose sender stopped (a crash, a kill) in the middle of sending. */
    @Query("""
            select d from ReportDelivery d where d.status = org.tandem.report.DeliveryStatus.SENDING
              and d.claimedAt < :before
            """)
    List<ReportDelivery> abandoned(@Param("before") Instant before);

    List<ReportDelivery> findByReportIdOrderByRecipientNameAscIdAsc(long reportId);

    long countByReportIdAndStatus(long reportId, DeliveryStatus status);
}
