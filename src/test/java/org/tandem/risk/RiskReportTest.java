package org.tandem.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.calendar.CalendarService;
import org.tandem.calendar.HalfTermInfo;
import org.tandem.people.InitialPeople;
import org.tandem.people.SystemAuthentication;
import org.tandem.people.UserService;
import org.tandem.reminder.Reminder;
import org.tandem.report.ReportService;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;
import org.tandem.support.PlanFixture;
import org.tandem.support.SignIn;

/**
 * The risk register in the half-termly board report and in the owners' reminder digests. (Dates before 2038:
 * the issued report's time is a MariaDB timestamp, which stops in January 2038.)
 */
class RiskReportTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.of(2035, 10, 10);

    @Autowired
    RiskService service;
    @Autowired
    RiskReviewService reviews;
    @Autowired
    RiskRegister register;
    @Autowired
    ReportService reports;
    @Autowired
    CalendarService calendar;
    @Autowired
    RiskReminders reminders;
    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;
    @Autowired
    MutableClock clock;
    @Autowired
    PlanFixture planFixture;

    RiskFixture given;

    @BeforeEach
    void aHalfTermAndPeople() {
        planFixture.year(2035);
        planFixture.year(2036);
        clock.setDate(TODAY);
        given = new RiskFixture(people, users, service);
    }

    @AfterEach
    void realTime() {
        SignIn.out();
        clock.reset();
    }

    @Test
    void theReportsRiskSectionPutsEscalatedRisksFirstLeavesConfidentialOnesOutAndGivesTheHeatMapAsATable() {
        given.raised("The high needs block deficit keeps growing", 4, 4);
        RiskDraft secret = given.draft("A named school's exclusions are unlawful", 4, 4);
        secret.setConfidential(true);
        given.raised(secret);
        PlanFixture.Plan plan = planFixture.plan("Report risks");
        long late = planFixture.ownAction(plan, "We will open the new resource base", TODAY.minusMonths(8),
                TODAY.minusDays(3));
        RiskDraft failing = given.draft("Too few resource base places", 3, 3);
        failing.setActionIds(Set.of(late));
        given.raised(failing);

        String page = SystemAuthentication.call(() -> reports.preview(autumnOne().id()));

        assertThat(page).contains("Risks").contains("The high needs block deficit keeps growing")
                .contains("Too few resource base places").doesNotContain("A named school")
                .contains("Confidential risks are not listed");
        assertThat(page.indexOf("Escalated to the board")).isLessThan(page.indexOf("New and worsened"));
        assertThat(page.indexOf("New and worsened")).isLessThan(page.indexOf("Mitigation failing"));
        assertThat(page).contains("was due").contains("Open risks by residual likelihood and impact")
                .contains("Heat map of residual scores: ");
        // The heat map is a picture whose alternative text is the grid's summary in words, followed by its table.
        assertThat(page).containsPattern("<img src=\"data:image/png;base64,[^\"]+\" alt=\"Heat map of residual "
                + "scores: \\d+ open risks? by residual");
    }

    @Test
    void issuingAReportKeepsEveryOpenRisksScoreSoTheRiskPageShowsItsTrendAndTheNextReportWhatWorsened() {
        long id = given.raised("Post-16 transport overspend", 3, 3);
        HalfTermInfo autumn = autumnOne();
        clock.setDate(autumn.end());
        SystemAuthentication.call(() -> reports.produceNow(autumn.id()));

        assertThat(SystemAuthentication.call(() -> register.snapshots(id))).singleElement().satisfies(snapshot -> {
            assertThat(snapshot.halfTerm()).isEqualTo(autumn.label());
            assertThat(snapshot.residual().score()).isEqualTo(9);
        });

        clock.setDate(autumn.end().plusDays(20));
        given.as(given.owner);
        reviews.review(id, SystemAuthentication.call(() -> register.details(id).version()),
                new ReviewDraft(null, 4, 3, null, "Fuel costs rose.", null));
        SignIn.out();
        HalfTermInfo next = SystemAuthentication.call(() -> calendar.next(autumn).orElseThrow());
        String page = SystemAuthentication.call(() -> reports.preview(next.id()));
        assertThat(page).contains("Post-16 transport overspend").contains("From 9 to 12");
    }

    @Test
    void ownersAreRemindedOfReviewsDueThisWeekOnceOfOverdueReviewsAndOfFailingMitigation() {
        RiskDraft soon = given.draft("Review due in four days", 2, 3);
        soon.setNextReviewOn(TODAY.plusDays(4));
        long dueSoon = given.raised(soon);
        RiskDraft overdue = given.draft("Review overdue", 2, 3);
        overdue.setNextReviewOn(TODAY.plusDays(1));
        long late = given.raised(overdue);
        given.raised(given.draft("Review in months", 2, 3));
        clock.setDate(TODAY.plusDays(2));

        List<Reminder> forOwner = SystemAuthentication.call(() -> reminders.due(TODAY.plusDays(2))).stream()
                .filter(r -> r.recipient().userId() == given.owner.id()).toList();

        assertThat(forOwner).extracting(Reminder::link).containsExactlyInAnyOrder("risks/" + dueSoon,
                "risks/" + late);
        assertThat(forOwner).filteredOn(r -> r.link().equals("risks/" + dueSoon)).singleElement()
                .satisfies(r -> {
                    assertThat(r.heading()).isEqualTo(RiskReminders.DUE);
                    assertThat(r.onceKey()).isNotNull();
                });
        assertThat(forOwner).filteredOn(r -> r.link().equals("risks/" + late)).singleElement()
                .satisfies(r -> {
                    assertThat(r.heading()).isEqualTo(RiskReminders.OVERDUE);
                    assertThat(r.line()).contains("was due");
                });
    }

    private HalfTermInfo autumnOne() {
        return SystemAuthentication.call(() -> calendar.containing(LocalDate.of(2035, 10, 1)).orElseThrow());
    }
}
