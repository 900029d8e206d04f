package org.tandem.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.Person;
import org.tandem.people.Role;
import org.tandem.people.UserService;
import org.tandem.reminder.Recipient;
import org.tandem.reminder.Reminder;
import org.tandem.reminder.ReminderSource;
import org.tandem.shared.BritishDates;
import org.tandem.shared.TandemProperties;

/**
 * The board report on people's home pages: the latest report for board members and admins, and for admins the
 * copies that failed to send. Nothing here is e-mailed: the report is its own e-mail, and a failed copy is the
 * admin's to see when they next sign in.
 */
@Component
@Order(50)
class ReportReminders implements ReminderSource {

    static final String LATEST = "The latest board report";
    static final String FAILED = "Report copies that failed to send";

    private final IssuedReports reports;
    private final ReportDeliveries deliveries;
    private final UserService users;
    private final ZoneId zone;

    ReportReminders(IssuedReports reports, ReportDeliveries deliveries, UserService users,
            TandemProperties properties) {
        this.reports = reports;
        this.deliveries = deliveries;
        this.users = users;
        this.zone = properties.timeZone();
    }

    @Override
    public List<Reminder> due(LocalDate today) {
        return List.of();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Reminder> waitingFor(long userId, LocalDate today) {
        boolean admin = holds(Role.ADMIN, userId);
        if (!admin && !holds(Role.BOARD_MEMBER, userId)) {
            return List.of();
        }
        List<ReportSummary> latest = reports.summaries(PageRequest.of(0, 1));
        if (latest.isEmpty()) {
            return List.of();
        }
        ReportSummary report = latest.getFirst();
        Person person = users.people(java.util.Set.of(userId)).get(userId);
        Recipient recipient = new Recipient(userId, person == null ? "" : person.displayName(),
                person == null ? null : person.email());
        String link = "reports/" + report.id();
        List<Reminder> waiting = new ArrayList<>();
        waiting.add(new Reminder(recipient, LATEST, report.title() + ", issued "
                + BritishDates.SHORT.format(report.issuedAt().atZone(zone)) + ".", link));
        long failed = deliveries.countByReportIdAndStatus(report.id(), DeliveryStatus.FAILED);
        if (admin && failed > 0) {
            waiting.add(new Reminder(recipient, FAILED, failed + (failed == 1 ? " copy" : " copies") + " of "
                    + report.title() + " could not be sent; open the report to see why and send again.", link));
        }
        return waiting;
    }

    private boolean holds(Role role, long userId) {
        return users.peopleWithRole(role).stream().anyMatch(person -> person.id() == userId);
    }
}
