package org.tandem.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.shared.ValidationProblem;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;

@WithMockUser(username = "calendar-admin", roles = "ADMIN")
class CalendarServiceTest extends IntegrationTest {

    @Autowired
    CalendarService calendar;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void twoYears() {
        for (int startYear : List.of(2040, 2041)) {
            if (calendar.years().stream().noneMatch(year -> year.startYear() == startYear)) {
                calendar.addYear(calendar.typicalYear(startYear));
            }
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void findsTheHalfTermContainingADateAndItsNeighbours() {
        HalfTermInfo autumn2 = calendar.containing(LocalDate.of(2040, 11, 20)).orElseThrow();
        assertThat(autumn2.label()).isEqualTo("Autumn 2 2040/41");
        assertThat(calendar.previous(autumn2).orElseThrow().label()).isEqualTo("Autumn 1 2040/41");
        assertThat(calendar.next(autumn2).orElseThrow().label()).isEqualTo("Spring 1 2040/41");

        HalfTermInfo summer2 = calendar.containing(LocalDate.of(2041, 7, 1)).orElseThrow();
        assertThat(calendar.next(summer2).orElseThrow().label()).isEqualTo("Autumn 1 2041/42");
    }

    @Test
    void aDateInABreakHasNoHalfTermButTheNextOneIsKnown() {
        LocalDate christmas = LocalDate.of(2040, 12, 27);
        assertThat(calendar.containing(christmas)).isEmpty();
        assertThat(calendar.nextAfter(christmas).orElseThrow().name()).isEqualTo(HalfTermName.SPRING_1);
    }

    @Test
    void theCurrentHalfTermFollowsTheClock() {
        clock.setDate(LocalDate.of(2041, 3, 4));
        HalfTermInfo current = calendar.current().orElseThrow();
        assertThat(current.name()).isEqualTo(HalfTermName.SPRING_2);
        assertThat(current.daysLeft(calendar.today())).isEqualTo(
                java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2041, 3, 4), current.end()) + 1);
    }

    @Test
    void overlappingHalfTermsAreRefusedAtTheFieldAndNothingIsSaved() {
        YearDraft draft = calendar.typicalYear(2042);
        draft.dates(HalfTermName.AUTUMN_2).setStart(draft.dates(HalfTermName.AUTUMN_1).getEnd());

        List<ValidationProblem> problems = calendar.check(draft);

        assertThat(problems).extracting(ValidationProblem::field).containsExactly("AUTUMN_2.start");
        assertThatThrownBy(() -> calendar.addYear(draft)).isInstanceOf(ValidationProblem.class);
        assertThat(calendar.years()).noneMatch(year -> year.startYear() == 2042);
    }

    @Test
    void datesOutsideAugustToJulyAndEndsBeforeStartsAreRefused() {
        YearDraft draft = calendar.typicalYear(2043);
        draft.dates(HalfTermName.AUTUMN_1).setStart(LocalDate.of(2043, 7, 30));
        draft.dates(HalfTermName.SUMMER_2).setEnd(LocalDate.of(2044, 8, 2));
        draft.dates(HalfTermName.SPRING_1).setEnd(draft.dates(HalfTermName.SPRING_1).getStart().minusDays(1));
        draft.dates(HalfTermName.SUMMER_1).setStart(null);

        assertThat(calendar.check(draft)).extracting(ValidationProblem::field)
                .contains("AUTUMN_1.start", "SUMMER_2.end", "SPRING_1.end", "SUMMER_1.start");
    }

    @Test
    void theSecondOfTwoAdminsSavingTheSameYearIsToldAndTheFirstChangeIsKept() {
        long id = calendar.years().stream().filter(year -> year.startYear() == 2041).findFirst().orElseThrow().id();
        YearDraft first = calendar.edit(id);
        YearDraft second = calendar.edit(id);
        LocalDate newEnd = first.dates(HalfTermName.SUMMER_2).getEnd().minusDays(1);
        first.dates(HalfTermName.SUMMER_2).setEnd(newEnd);
        calendar.updateYear(first);

        second.dates(HalfTermName.SUMMER_2).setEnd(newEnd.minusDays(5));
        assertThatThrownBy(() -> calendar.updateYear(second)).isInstanceOf(ConcurrentEditException.class);
        assertThat(calendar.edit(id).dates(HalfTermName.SUMMER_2).getEnd()).isEqualTo(newEnd);
    }

    @Test
    void historyShowsWhoMovedWhichDateFromWhatToWhat() {
        long id = calendar.years().stream().filter(year -> year.startYear() == 2040).findFirst().orElseThrow().id();
        YearDraft draft = calendar.edit(id);
        LocalDate before = draft.dates(HalfTermName.AUTUMN_1).getStart();
        draft.dates(HalfTermName.AUTUMN_1).setStart(before.plusDays(2));
        calendar.updateYear(draft);

        assertThat(calendar.history(id)).anySatisfy(entry -> {
            assertThat(entry.who()).isEqualTo("calendar-admin");
            assertThat(entry.subject()).isEqualTo("Autumn 1 2040/41");
            assertThat(entry.changes()).anySatisfy(change -> {
                assertThat(change.field()).isEqualTo("First day");
                assertThat(change.after()).contains(String.valueOf(before.plusDays(2).getDayOfMonth()));
            });
        });
    }

    @Test
    @WithMockUser(username = "a-lead", roles = "WORKSTREAM_LEAD")
    void onlyAdminsChangeTheCalendar() {
        assertThatThrownBy(() -> calendar.addYear(new YearDraft(2050))).isInstanceOf(AccessDeniedException.class);
    }
}
