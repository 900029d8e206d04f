package org.tandem.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.calendar.CalendarService;
import org.tandem.report.ReportService;
import org.tandem.people.SystemAuthentication;

/**
 * The board report of the half-term that ended last, issued at start-up in the demo so that a newcomer finds one
 * in the archive and its e-mails in the outbox (in real use the schedule issues it at 17:00 on the last working
 * day, and only admins issue one by hand).
 */
@Component
@Profile("default")
@Order(40)
class DemoReport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReport.class);

    private final CalendarService calendar;
    private final ReportService reports;

    DemoReport(CalendarService calendar, ReportService reports) {
        this.calendar = calendar;
        this.reports = reports;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.run(() -> calendar.lastEndedBefore(calendar.today())
                .filter(halfTerm -> reports.issuedFor(halfTerm.id()).isEmpty())
                .ifPresent(halfTerm -> {
                    reports.produceNow(halfTerm.id());
                    log.info("Demo: issued the board report for {}; its e-mails are in the outbox", halfTerm.label());
                }));
    }
}
