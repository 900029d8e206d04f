package org.tandem.report;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.calendar.CalendarService;
import org.tandem.calendar.HalfTermInfo;
import org.tandem.people.SystemAuthentication;
import org.tandem.shared.ValidationProblem;

/** The door to the half-termly report: the archive for board members and admins; previews and issuing for admins. */
@Service
public class ReportService {

    public static final int ARCHIVE_LIMIT = 200;

    private final IssuedReports reports;
    private final ReportDeliveries deliveries;
    private final ReportProduction production;
    private final ReportSchedule schedule;
    private final ReportDispatch dispatch;
    private final CalendarService calendar;
    private final TaskExecutor executor;
    private final Clock clock;

    ReportService(IssuedReports reports, ReportDeliveries deliveries, ReportProduction production,
            ReportSchedule schedule, ReportDispatch dispatch, CalendarService calendar, TaskExecutor executor,
            Clock clock) {
        this.reports = reports;
        this.deliveries = deliveries;
        this.production = production;
        this.schedule = schedule;
        this.dispatch = dispatch;
        this.calendar = calendar;
        this.executor = executor;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('BOARD_MEMBER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ReportSummary> issued() {
        return reports.summaries(PageRequest.of(0, ARCHIVE_LIMIT));
    }

    @PreAuthorize("hasAnyRole('BOARD_MEMBER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<ReportSummary> summary(long id) {
        return reports.findById(id).map(r -> new ReportSummary(r.getId(), r.getHalfTermId(), r.getTitle(),
                r.getIssuedAt(), r.getIssuedBy()));
    }

    /** The issued page, exactly as archived. */
    @PreAuthorize("hasAnyRole('BOARD_MEMBER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<String> page(long id) {
        return reports.findById(id).map(IssuedReport::getPageHtml);
    }

    @PreAuthorize("hasAnyRole('BOARD_MEMBER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<ReportFile> pdf(long id) {
        return reports.findById(id).map(r -> new ReportFile(ReportFiles.pdfName(r.getTitle()), r.getPdf()));
    }

    /** The report a half-term would get if it were issued now; nothing is stored, closed or sent. */
    @PreAuthorize("hasRole('ADMIN')")
    public String preview(long halfTermId) {
        return production.previewPage(halfTerm(halfTermId));
    }

    /** When the half-term's report is due (or was). */
    @PreAuthorize("hasAnyRole('BOARD_MEMBER', 'ADMIN')")
    public Instant dueAt(long halfTermId) {
        return schedule.dueAt(halfTerm(halfTermId));
    }

    @PreAuthorize("hasAnyRole('BOARD_MEMBER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<Long> issuedFor(long halfTermId) {
        return reports.findByHalfTermId(halfTermId).map(IssuedReport::getId);
    }

    /**
     * Issues the half-term's report now (or finds the one already issued) and starts sending it in the
     * background; the report's page shows each copy's progress.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public long produceNow(long halfTermId) {
        long id = production.issue(halfTerm(halfTermId).id());
        executor.execute(() -> SystemAuthentication.run(dispatch::sendDue));
        return id;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<DeliveryRow> deliveries(long reportId) {
        return deliveries.findByReportIdOrderByRecipientNameAscIdAsc(reportId).stream().map(ReportDelivery::row)
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void sendAgain(long deliveryId) {
        deliveries.findById(deliveryId)
                .orElseThrow(() -> new ValidationProblem("delivery", "That copy no longer exists."))
                .sendAgain(clock.instant());
        executor.execute(() -> SystemAuthentication.run(dispatch::sendDue));
    }

    private HalfTermInfo halfTerm(long id) {
        return calendar.halfTerm(id)
                .orElseThrow(() -> new ValidationProblem("halfTerm", "That half-term no longer exists."));
    }
}
