package org.tandem.action.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.action.ActionPlanService;
import org.tandem.action.ActionStatus;
import org.tandem.people.Role;
import org.tandem.people.SystemAuthentication;
import org.tandem.support.MutableClock;
import org.tandem.support.PlanFixture;
import org.tandem.support.UiTest;

/** What a lead meets when they type too much, a number out of range or a date: a message, and nothing cut. */
class FormLimitsTest extends UiTest {

    static final LocalDate TODAY = LocalDate.of(2048, 11, 18);
    static final String NARRATIVE = "What was done, what difference it made, what next";

    @Autowired
    PlanFixture fixture;
    @Autowired
    ActionPlanService plan;
    @Autowired
    MutableClock clock;

    PlanFixture.Plan thePlan;
    long action;

    @BeforeEach
    void anActionOfTheLeads() {
        fixture.year(2048);
        clock.setDate(TODAY);
        thePlan = fixture.plan("Limits");
        action = fixture.ownAction(thePlan, "We will train every SENCO in the graduated approach", TODAY.minusMonths(1),
                TODAY.plusMonths(5));
        loginAs(thePlan.lead().username(), Role.WORKSTREAM_LEAD);
        UI.getCurrent().navigate(ActionView.class, new RouteParameters("id", String.valueOf(action)));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aPercentageOutsideNoughtToAHundredIsToldWhatToEnter() {
        IntegerField percent = _get(IntegerField.class, spec -> spec.withLabel("Percent complete"));
        for (int wrong : new int[] {150, -5}) {
            _setValue(percent, wrong);
            assertThat(percent.isInvalid()).as("%s%%", wrong).isTrue();
            assertThat(percent.getErrorMessage()).isEqualTo("Enter a whole number from 0 to 100.");
        }
        _setValue(percent, 45);
        assertThat(percent.isInvalid()).isFalse();
    }

    @Test
    void tenThousandCharactersAreKeptWholeInTheFieldAndRefusedWithAMessageNotCut() {
        TextArea narrative = _get(TextArea.class, spec -> spec.withLabel(NARRATIVE));
        assertThat(narrative.getHelperText()).contains("Up to 4,000 characters.");
        assertThat(narrative.getMaxLength()).as("no browser cut-off").isZero();
        String tooLong = "We met every SENCO in the north locality. ".repeat(239).substring(0, 10_000);

        @SuppressWarnings("unchecked")
        ComboBox<ActionStatus> status = _get(ComboBox.class, spec -> spec.withLabel("Status"));
        _setValue(status, ActionStatus.ON_TRACK);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Percent complete")), 30);
        _setValue(narrative, tooLong);

        assertThat(narrative.getValue()).hasSize(10_000);
        assertThat(narrative.isInvalid()).isTrue();
        assertThat(narrative.getErrorMessage()).contains("10,000 characters").contains("at most 4,000");
        _click(_get(Button.class, spec -> spec.withText("Save update")));
        assertThat(SystemAuthentication.call(() -> plan.updates(action))).isEmpty();
        assertThat(_get(TextArea.class, spec -> spec.withLabel(NARRATIVE)).getValue()).hasSize(10_000);
    }

    @Test
    void theCompletionDateReadsAndShowsDayMonthYear() {
        _click(_get(Button.class, spec -> spec.withText("Mark complete")));
        DatePicker on = _get(DatePicker.class, spec -> spec.withLabel("Completed on"));
        assertThat(on.getLocale()).isEqualTo(Locale.UK);
        assertThat(on.getI18n().getDateFormats()).first().isEqualTo("dd/MM/yyyy");
        assertThat(on.getI18n().getBadInputErrorMessage()).contains("day/month/year");
        assertThat(on.getValue()).isEqualTo(TODAY);
        assertThat(_find(DatePicker.class)).allSatisfy(picker ->
                assertThat(picker.getI18n().getDateFormats()).first().isEqualTo("dd/MM/yyyy"));
    }
}
