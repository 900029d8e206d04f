package org.tandem.report;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.calendar.CalendarService;
import org.tandem.calendar.HalfTermInfo;
import org.tandem.people.SystemAuthentication;
import org.tandem.shared.ValidationProblem;
import org.tandem.people.AdminOnly;
import org.tandem.people.AdminOrBoardMember;
import org.tandem.people.SignedIn;

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
    private final ReportPermissions permissions;

    ReportService(IssuedReports reports, ReportDeliveries deliveries, ReportProduction production,
            ReportSchedule schedule, ReportDispatch dispatch, CalendarService calendar, TaskExecutor executor,
            Clock clock, ReportPermissions permissions) {
        this.permissions = permissions;
        this.reports = reports;
        this.deliveries = deliveries;
        this.production = production;
        this.schedule = schedule;
        this.dispatch = dispatch;
        this.calendar = calendar;
        this.executor = executor;
        this.clock = clock;
    }

    /** Whether the person signed in previews, produces and resends reports, so that screens offer it. */
    @SignedIn
    public boolean mayManage() {
        return permissions.mayManage();
    }

    @AdminOrBoardMember
    @Transactional(readOnly = true)
    public List<ReportSummary> issued() {
        return reports.summaries(PageRequest.of(0, ARCHIVE_LIMIT));
    }

    @AdminOrBoardMember
    @Transactional(readOnly = true)
    public Optional<ReportSummary> summary(long id) {
        return reports.findById(id).map(r -> new ReportSummary(r.getId(), r.getHalfTermId(), r.getTitle(),
                r.getIssuedAt(), r.getIssuedBy()));
    }

    /** The issued page, exactly as archived. */
    @AdminOrBoardMember
    @Transactional(readOnly = true)
    public Optional<String> page(long id) {
        return reports.findById(id).map(IssuedReport::getPageHtml);
    }

    @AdminOrBoardMember
    @Transactional(readOnly = true)
    public Optional<ReportFile> pdf(long id) {
        return reports.findById(id).map(r -> new ReportFile(ReportFiles.pdfName(r.getTitle()), r.getPdf()));
    }

    /** The report a half-term would get if it were issued now; nothing is stored, closed or sent. */
    @AdminOnly
    public String preview(long halfTermId) {
        return production.previewPage(halfTerm(halfTermId));
    }

    /** When the half-term's report is due (or was). */
    @AdminOrBoardMember
    public Instant dueAt(long halfTermId) {
        return schedule.dueAt(halfTerm(halfTermId));
    }

    @AdminOrBoardMember
    @Transactional(readOnly = true)
    public Optional<Long> issuedFor(long halfTermId) {
        return reports.findByHalfTermId(halfTermId).map(IssuedReport::getId);
    }

    /**
     * Issues the half-term's report now (or finds the one already issued) and starts sending it in the
     * background; the report's page shows each copy's progress.
     */
    @AdminOnly
    public long produceNow(long halfTermId) {
        long id = production.issue(halfTerm(halfTermId).id());
        executor.execute(() -> SystemAuthentication.run(dispatch::sendDue));
        return id;
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public List<DeliveryRow> deliveries(long reportId) {
        return deliveries.findByReportIdOrderByRecipientNameAscIdAsc(reportId).stream().map(ReportDelivery::row)
                .toList();
    }

    @AdminOnly
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
