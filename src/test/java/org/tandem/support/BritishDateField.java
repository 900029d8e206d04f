package org.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Locale;

/**
 * What the server tells a date field about reading dates: British English, day/month/year first, and a message
 * that says how to write one. (The browser's parsing itself is checked by the e2e BritishDatesIT.)
 */
public final class BritishDateField {

    private BritishDateField() {
    }

    public static void assertReadsDayMonthYear(DatePicker picker) {
        assertThat(picker.getLocale()).as(picker.getLabel()).isEqualTo(Locale.UK);
        assertThat(picker.getI18n()).as(picker.getLabel() + " has British date formats").isNotNull();
        assertThat(picker.getI18n().getDateFormats()).as(picker.getLabel()).first().isEqualTo("dd/MM/yyyy");
        assertThat(picker.getI18n().getBadInputErrorMessage()).as(picker.getLabel()).contains("day/month/year");
    }
}
