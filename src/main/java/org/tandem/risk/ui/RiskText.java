package org.tandem.risk.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.tandem.risk.Band;
import org.tandem.risk.Trend;

/** How the register's screens write dates, bands and trends: dd/MM/yyyy, and never colour without the word. */
final class RiskText {

    static final String DATE_PATTERN = "dd/MM/yyyy";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN, Locale.UK);

    private RiskText() {
    }

    static String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A date picker that shows and reads dates as 31/01/2026, as people in England write them. */
    static DatePicker datePicker(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(Locale.UK);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats(DATE_PATTERN, "d/M/yyyy", "d/M/yy");
        i18n.setFirstDayOfWeek(1);
        i18n.setBadInputErrorMessage("Enter the date as dd/mm/yyyy, for example 31/01/2026.");
        picker.setI18n(i18n);
        picker.setPlaceholder("dd/mm/yyyy");
        return picker;
    }

    /** The score with its band as a word, coloured too. */
    static Span band(int score, Band band, String word) {
        Span badge = new Span(score + " " + word);
        badge.addClassNames("risk-band", band.cssClass());
        badge.getElement().setAttribute("aria-label", "Score " + score + ", " + word);
        return badge;
    }

    static Span trend(Trend trend) {
        Span span = new Span(trend.label());
        span.addClassName("risk-trend");
        span.getElement().setAttribute("aria-label", "Trend since the last review: " + trend.word());
        return span;
    }

    static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }

    static String joined(List<String> values) {
        return values.isEmpty() ? "None" : String.join(", ", values);
    }
}
