package org.tandem.report;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tandem.calendar.CalendarService;
import org.tandem.calendar.HalfTermInfo;
import org.tandem.shared.TandemProperties;

/**
 * When a half-term's report is due, and producing the one that is due and missing. Checking is cheap and runs
 * often (every quarter of an hour), so a report whose moment passed while Tandem was down is produced once, as
 * soon as it is back. Only the latest half-term whose moment has passed is considered, and only within
 * {@code tandem.report.catch-up-within} of that moment: older ones an admin produces by hand, and a new
 * installation does not send a report for every half-term in its calendar.
 */
@Component
class ReportSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReportSchedule.class);

    private final CalendarService calendar;
    private final IssuedReports reports;
    private final ReportProduction production;
    private final ReportSettings settings;
    private final TandemProperties properties;
    private final Clock clock;

    ReportSchedule(CalendarService calendar, IssuedReports reports, ReportProduction production,
            ReportSettings settings, TandemProperties properties, Clock clock) {
        this.calendar = calendar;
        this.reports = reports;
        this.production = production;
        this.settings = settings;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The moment a half-term's report is produced, at the set time (17:00): a set number of days before its board
     * meeting when one is recorded, otherwise its last working day.
     */
    Instant dueAt(HalfTermInfo halfTerm) {
        LocalDate day = halfTerm.boardMeeting() == null ? lastWorkingDay(halfTerm.end())
                : lastWorkingDay(halfTerm.boardMeeting().minusDays(settings.daysBeforeBoardMeeting()));
        return day.atTime(settings.time()).atZone(properties.timeZone()).toInstant();
    }

    static LocalDate lastWorkingDay(LocalDate end) {
        LocalDate day = end;
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** Produces the report that is due and not yet issued, if any; returns its id. */
    Optional<Long> produceDue() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, properties.timeZone());
        List<HalfTermInfo> candidates = new ArrayList<>();
        calendar.containing(today).ifPresent(candidates::add);
        calendar.lastEndedBefore(today).ifPresent(candidates::add);
        for (HalfTermInfo halfTerm : candidates) {
            Instant due = dueAt(halfTerm);
            if (!due.isAfter(now)) {
                if (due.plus(settings.catchUpWithin()).isBefore(now) || reports.existsByHalfTermId(halfTerm.id())) {
                    return Optional.empty();
                }
                log.info("Producing the board report for {} (due {})", halfTerm.label(), due);
                return Optional.of(production.issue(halfTerm.id()));
            }
        }
        return Optional.empty();
    }
}
