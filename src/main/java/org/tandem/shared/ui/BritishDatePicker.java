package org.tandem.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A date field that reads and shows dates the British way, whatever the browser's or the server's language:
 * 01/12/2026 is 1 December 2026. A date it cannot read (31/02/2026, 2026-12-01) gets a message saying how to
 * write it, not only a red field. Every date field in Tandem is one of these.
 */
public class BritishDatePicker extends DatePicker {

    public static final String FORMAT = "dd/MM/yyyy";
    static final String BAD_INPUT = "Enter a real date as day/month/year, for example 01/12/2026.";
    static final String HOW_TO_WRITE = "Day/month/year, for example 01/12/2026";

    public BritishDatePicker(String label) {
        super(label);
        britishWay();
    }

    public BritishDatePicker(String label, @Nullable LocalDate initialDate) {
        super(label, initialDate);
        britishWay();
    }

    private void britishWay() {
        setLocale(Locale.UK);
        setPlaceholder("dd/mm/yyyy");
        super.setHelperText(HOW_TO_WRITE);
        DatePickerI18n i18n = new DatePickerI18n();
        i18n.setDateFormats(FORMAT, "d/M/yyyy", "d.M.yyyy", "d-M-yyyy");
        i18n.setMonthNames(List.of("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"));
        i18n.setWeekdays(List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"));
        i18n.setWeekdaysShort(List.of("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday("Today");
        i18n.setCancel("Cancel");
        i18n.setBadInputErrorMessage(BAD_INPUT);
        i18n.setRequiredErrorMessage("Enter a date.");
        i18n.setMinErrorMessage("That date is too early.");
        i18n.setMaxErrorMessage("That date is too late.");
        setI18n(i18n);
        // The calendar opens from its button or Alt+Down, not whenever the field takes focus. On a narrow screen
        // (a phone, or 400 % zoom) Vaadin shows it full screen and, while it is open, ignores what is typed: with
        // it opening on focus, a keyboard user there could not type a date at all.
        setAutoOpen(false);
    }

    /** Help of the field's own comes after how to write the date, which every date field says. */
    @Override
    public void setHelperText(@Nullable String helperText) {
        super.setHelperText(helperText == null || helperText.isBlank() ? HOW_TO_WRITE
                : HOW_TO_WRITE + ". " + helperText);
    }
}
