package org.tandem.calendar;

import static org.tandem.support.PermissionTable.ADMIN;
import static org.tandem.support.PermissionTable.EVERYONE;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.people.InitialPeople;
import org.tandem.people.UserService;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PermissionTable;
import org.tandem.support.PlanFixture;

/**
 * Who may do what with the half-term calendar: anyone (and any job) asks which half-term a date is in, everyone
 * signed in reads the years, admins change them. Changes that would go through are made to fail on a rule
 * instead (a year that exists, an id that names nothing), so the calendar is left as it was.
 */
class CalendarPermissionsTest extends IntegrationTest {

    static final long NO_SUCH = -1;
    static final int YEAR = 2091;
    static final LocalDate DAY = LocalDate.of(YEAR, 10, 1);
    static final HalfTermInfo HALF_TERM = new HalfTermInfo(NO_SUCH, HalfTermName.AUTUMN_1, "2091/92", DAY, DAY,
            false);

    @Autowired
    CalendarService calendar;
    @Autowired
    PlanFixture plan;
    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;

    PermissionTable table;

    @BeforeEach
    void theTable() {
        table = new PermissionTable(people, users)
                .rowForAnyone("CalendarService.today", actor -> calendar::today)
                .rowForAnyone("CalendarService.current", actor -> calendar::current)
                .rowForAnyone("CalendarService.containing", actor -> () -> calendar.containing(DAY))
                .rowForAnyone("CalendarService.previous", actor -> () -> calendar.previous(HALF_TERM))
                .rowForAnyone("CalendarService.next", actor -> () -> calendar.next(HALF_TERM))
                .rowForAnyone("CalendarService.lastEndedBefore", actor -> () -> calendar.lastEndedBefore(DAY))
                .rowForAnyone("CalendarService.nextAfter", actor -> () -> calendar.nextAfter(DAY))
                .rowForAnyone("CalendarService.halfTerm", actor -> () -> calendar.halfTerm(NO_SUCH))
                .rowForAnyone("CalendarService.halfTerms", actor -> () -> calendar.halfTerms(Set.of(NO_SUCH)))
                .rowForAnyone("CalendarService.check", actor -> () -> calendar.check(new YearDraft(YEAR)))
                .row("CalendarService.years", EVERYONE, actor -> calendar::years)
                .row("CalendarService.typicalYear", ADMIN, actor -> () -> calendar.typicalYear(YEAR))
                .row("CalendarService.suggestNextYear", ADMIN, actor -> calendar::suggestNextYear)
                .row("CalendarService.edit", ADMIN, actor -> () -> calendar.edit(NO_SUCH))
                .row("CalendarService.history", ADMIN, actor -> () -> calendar.history(NO_SUCH))
                .row("CalendarService.closeHalfTerm", ADMIN, actor -> () -> calendar.closeHalfTerm(NO_SUCH))
                .row("CalendarService.addYear", ADMIN, actor -> {
                    plan.year(YEAR);
                    YearDraft taken = calendar.typicalYear(YEAR);
                    return () -> calendar.addYear(taken);
                })
                .row("CalendarService.updateYear", ADMIN, actor -> {
                    plan.year(YEAR);
                    long id = calendar.years().stream().filter(y -> y.startYear() == YEAR).findFirst()
                            .orElseThrow().id();
                    YearDraft moved = calendar.edit(id);
                    moved.setStartYear(YEAR + 1);
                    return () -> calendar.updateYear(moved);
                });
    }

    @Test
    void anyoneAsksWhichHalfTermItIsEveryoneSignedInReadsTheYearsAndOnlyAdminsChangeThem() {
        table.check();
    }

    @Test
    void everyOperationOfTheCalendarHasARowSoAddingOneWithoutARowFails() {
        table.assertCovers(CalendarService.class);
    }
}
