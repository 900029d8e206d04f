package org.tandem.sef;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.calendar.HalfTermInfo;
import org.tandem.calendar.HalfTermName;
import org.tandem.people.InitialPeople;
import org.tandem.people.Person;
import org.tandem.people.Role;
import org.tandem.people.SystemAuthentication;
import org.tandem.people.UserService;
import org.tandem.reminder.Reminder;
import org.tandem.report.ReportBlock;
import org.tandem.report.ReportContext;
import org.tandem.report.ReportPart;
import org.tandem.report.ReportSection;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;
import org.tandem.support.PlanFixture;

/** The board report's self-evaluation section and the owners' reminders to review, for the year's edition. */
class SefReportAndRemindersTest extends IntegrationTest {

    @Autowired
    SefService sef;
    @Autowired
    SefFrameworks frameworks;
    @Autowired
    EvidenceService evidence;
    @Autowired
    SefReportPart part;
    @Autowired
    SefReminders reminders;
    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;
    @Autowired
    MutableClock clock;

    SefFixture given;
    LocalDate autumn;

    @BeforeEach
    void thisYearsEdition() {
        AtomicInteger year = new AtomicInteger(6000 + (int) (System.nanoTime() % 2900));
        clock.setDate(LocalDate.of(year.get(), 9, 2));
        given = new SefFixture(sef, frameworks, evidence).edition(() -> {
            int start = year.getAndIncrement();
            clock.setDate(LocalDate.of(start, 9, 2));
            return SefFixture.label(start);
        });
        autumn = LocalDate.of(Integer.parseInt(given.year.substring(0, 4)), 9, 1);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theReportSaysWhichJudgementsChangedInWordsAndGivesTheGapHeadline() {
        given.judge(0, "Developing", autumn.plusDays(1), Set.of());
        clock.setDate(autumn.plusDays(20));
        given.judge(0, "Secure", autumn.plusDays(20), Set.of());

        ReportSection section = section(Map.of());

        assertThat(section.order()).isEqualTo(ReportPart.SELF_EVALUATION);
        assertThat(section.heading()).isEqualTo("Self-evaluation");
        assertThat(text(section)).contains("SEF " + given.year + " on the Test framework").contains("in draft")
                .contains("1 secure").contains("10 not yet judged")
                .contains("Needs are identified and assessed in time | Developing | Secure | Improved from "
                        + "developing to secure")
                .contains("Gaps: 11 of 11 criteria have thin evidence");
        assertThat(section.figures()).containsEntry(SefReportPart.AS_AT, autumn.plusDays(20).toEpochDay());
    }

    @Test
    void aChangeBeforeTheLastReportIsNotListedAgain() {
        given.judge(0, "Developing", autumn.plusDays(1), Set.of());
        clock.setDate(autumn.plusDays(20));
        given.judge(0, "Weak", autumn.plusDays(20), Set.of());

        ReportSection section = section(Map.of(SefReportPart.AS_AT, autumn.plusDays(25).toEpochDay()));
        assertThat(text(section)).contains("Judgements changed since the last report: none.");
    }

    @Test
    void anOwnerIsRemindedOfACriterionNotReviewedInSixMonthsOnceForThatLapse() {
        Person owner = person();
        clock.setDate(autumn.plusDays(3));
        SystemAuthentication.run(() -> {
            EvaluationDraft draft = sef.edit(given.row(1).evaluationId());
            draft.setOwnerId(owner.id());
            draft.setLastReviewedOn(autumn.plusDays(3));
            sef.review(draft);
        });
        LocalDate later = autumn.plusMonths(6).plusDays(4);
        clock.setDate(later);

        List<Reminder> due = SystemAuthentication.call(() -> reminders.due(later)).stream()
                .filter(r -> r.recipient().userId() == owner.id()).toList();
        assertThat(due).singleElement().satisfies(reminder -> {
            assertThat(reminder.heading()).isEqualTo("Self-evaluation criteria to review");
            assertThat(reminder.line()).isEqualTo("Children, young people and families take part in decisions "
                    + "(SEF " + given.year + "): last reviewed " + org.tandem.shared.BritishDates.LONG.format(
                    autumn.plusDays(3)));
            assertThat(reminder.link()).isEqualTo("sef/criterion/" + given.row(1).evaluationId());
            assertThat(reminder.onceKey()).isNotNull();
        });
        assertThat(SystemAuthentication.call(() -> reminders.due(autumn.plusMonths(5)))).noneMatch(r ->
                r.recipient().userId() == owner.id());
    }

    private ReportSection section(Map<String, Long> previous) {
        HalfTermInfo halfTerm = new HalfTermInfo(1, HalfTermName.AUTUMN_1, given.year, autumn,
                autumn.plusWeeks(7), false);
        ReportContext context = new ReportContext(halfTerm, LocalDate.now(clock), Instant.now(clock), previous,
                false);
        return SystemAuthentication.call(() -> part.sections(context)).getFirst();
    }

    private static String text(ReportSection section) {
        StringBuilder all = new StringBuilder();
        for (ReportBlock block : section.blocks()) {
            if (block instanceof ReportBlock.Paragraph p) {
                all.append(p.text()).append('\n');
            } else if (block instanceof ReportBlock.Table t) {
                all.append(t.caption()).append('\n');
                t.rows().forEach(row -> all.append(String.join(" | ", row)).append('\n'));
            }
        }
        return all.toString();
    }

    private Person person() {
        String username = unique("sef-owner");
        people.user(username, "Owner " + username, username + "@example.org", null, PlanFixture.PASSWORD,
                List.of(Role.WORKSTREAM_LEAD));
        return SystemAuthentication.call(() -> users.everyone()).stream()
                .filter(p -> p.username().equals(username)).findFirst().orElseThrow();
    }
}
