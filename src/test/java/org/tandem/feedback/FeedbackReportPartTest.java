package org.tandem.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tandem.calendar.HalfTermInfo;
import org.tandem.calendar.HalfTermName;
import org.tandem.people.InitialPeople;
import org.tandem.people.Role;
import org.tandem.people.UserService;
import org.tandem.report.ReportBlock;
import org.tandem.report.ReportContext;
import org.tandem.report.ReportSection;
import org.tandem.people.SystemAuthentication;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;

/** The board report tells the board what families heard back this half-term, and what waits too long. */
class FeedbackReportPartTest extends IntegrationTest {

    static final HalfTermInfo SPRING_2 = new HalfTermInfo(-1, HalfTermName.SPRING_2, "2026/27",
            LocalDate.of(2027, 2, 22), LocalDate.of(2027, 3, 26), false);

    @Autowired
    FeedbackReportPart part;
    @Autowired
    FeedbackService service;
    @Autowired
    FeedbackRegister register;
    @Autowired
    CoProductionService coProduction;
    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;
    @Autowired
    MutableClock clock;

    @AfterEach
    void signOutAndRealTime() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    @Test
    void publishedAnswersOverdueItemsAndCoProductionOfTheHalfTermAreReported() {
        FeedbackFixture fixture = new FeedbackFixture(people, users, service, register);
        String waiting = FeedbackFixture.unique("Parents said the short breaks list is never up to date");
        clock.setDate(LocalDate.of(2027, 1, 20));
        fixture.assigned(waiting, LocalDate.of(2027, 1, 18));
        clock.setDate(LocalDate.of(2027, 3, 2));
        String weDid = FeedbackFixture.unique("We now send the annual review paperwork four weeks ahead");
        fixture.published("Paperwork arrives late", LocalDate.of(2027, 2, 25),
                "You told us review paperwork comes too late to read.", weDid);
        String workshop = FeedbackFixture.unique("Workshop on the new EHC plan template");
        clock.setDate(LocalDate.of(2027, 3, 12));
        FeedbackFixture.signInAs(fixture.rep, Role.FORUM_REP);
        coProduction.logActivity(new ActivityDraft(null, 0, LocalDate.of(2027, 3, 10), ActivityKind.WORKSHOP,
                workshop, 9, 4, 3, "The template's first page is now written by the family.", Set.of(),
                Set.of()));
        clock.setDate(LocalDate.of(2027, 3, 26));

        List<ReportSection> sections = SystemAuthentication.call(() -> part.sections(new ReportContext(SPRING_2,
                LocalDate.of(2027, 3, 26), clock.instant(), Map.of(), false)));

        String voice = text(sections.get(0));
        assertThat(sections.get(0).heading()).isEqualTo("You said, we did");
        assertThat(voice).contains(weDid, "Done").contains(waiting.substring(0, 40), fixture.officer.displayName());
        assertThat(sections.get(0).figures().get("feedback.published")).isGreaterThanOrEqualTo(1L);
        String coproduction = text(sections.get(1));
        assertThat(coproduction).contains(workshop, "Workshop", "9 parents and carers, 4 children and young people");
    }

    @Test
    void aQuietHalfTermSaysSoPlainly() {
        HalfTermInfo quiet = new HalfTermInfo(-2, HalfTermName.AUTUMN_1, "1999/00", LocalDate.of(1999, 9, 1),
                LocalDate.of(1999, 10, 22), false);

        List<ReportSection> sections = SystemAuthentication.call(() -> part.sections(new ReportContext(quiet,
                LocalDate.of(1999, 10, 22), clock.instant(), Map.of(), false)));

        assertThat(text(sections.get(0))).startsWith("0 items published this half-term.");
        assertThat(text(sections.get(1))).isEqualTo("No co-production activity was recorded this half-term.");
    }

    private static String text(ReportSection section) {
        StringBuilder text = new StringBuilder();
        for (ReportBlock block : section.blocks()) {
            switch (block) {
                case ReportBlock.Paragraph paragraph -> text.append(paragraph.text());
                case ReportBlock.Table table -> table.rows().forEach(row -> text.append(' ').append(row));
                default -> text.append(' ').append(block);
            }
        }
        return text.toString();
    }
}
