package org.tandem.calendar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.calendar.CalendarService;
import org.tandem.people.Role;
import org.tandem.support.UiTest;

class CalendarViewTest extends UiTest {

    @Autowired
    CalendarService calendar;

    @BeforeEach
    void signIn() {
        loginAs("calendar-ui-admin", Role.ADMIN);
        UI.getCurrent().navigate(CalendarView.class);
    }

    @Test
    void anAdminAddsAYearFromTypicalDatesAfterCorrectingOne() {
        int before = calendar.years().size();
        _click(_get(Button.class, spec -> spec.withText("Add the next year")));
        DatePicker autumn1Start = _get(DatePicker.class, spec -> spec.withLabel("Autumn 1: first day"));
        assertThat(autumn1Start.getValue()).isNotNull();
        _setValue(autumn1Start, autumn1Start.getValue().plusDays(2));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(calendar.years()).hasSize(before + 1);
        assertThat(calendar.years().getFirst().halfTerms().getFirst().start())
                .isEqualTo(autumn1Start.getValue());
    }

    @Test
    void anOverlapIsShownAtTheDateAndNothingIsSaved() {
        int before = calendar.years().size();
        _click(_get(Button.class, spec -> spec.withText("Add the next year")));
        LocalDate autumn1End = _get(DatePicker.class, spec -> spec.withLabel("Autumn 1: last day")).getValue();
        DatePicker autumn2Start = _get(DatePicker.class, spec -> spec.withLabel("Autumn 2: first day"));
        _setValue(autumn2Start, autumn1End.minusDays(3));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(autumn2Start.isInvalid()).isTrue();
        assertThat(autumn2Start.getErrorMessage()).startsWith("Must be after the last day of Autumn 1");
        assertThat(calendar.years()).hasSize(before);
    }

    @Test
    void aBoardMeetingBeforeItsHalfTermIsShownAtThatDateAndNothingIsSaved() {
        int before = calendar.years().size();
        _click(_get(Button.class, spec -> spec.withText("Add the next year")));
        LocalDate autumn1Start = _get(DatePicker.class, spec -> spec.withLabel("Autumn 1: first day")).getValue();
        DatePicker meeting = _get(DatePicker.class, spec -> spec.withLabel("Autumn 1: board meeting"));
        _setValue(meeting, autumn1Start.minusDays(10));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(meeting.isInvalid()).isTrue();
        assertThat(meeting.getErrorMessage()).startsWith("The board meeting for Autumn 1 must fall after its first day");
        assertThat(calendar.years()).hasSize(before);
    }
}
