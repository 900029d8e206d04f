package org.tandem.calendar.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tandem.calendar.HalfTermName;
import org.tandem.calendar.YearDraft;
import org.tandem.shared.ValidationProblem;
import org.tandem.shared.ui.BritishDatePicker;
import org.tandem.shared.ui.Forms;

/** Six pairs of dates (and optional board meetings) for one academic year; rule breaks show at the date they concern. */
class YearForm extends FormLayout {

    final IntegerField startYear = new IntegerField("Academic year starting in");
    final Map<String, DatePicker> pickers = new HashMap<>();
    private final YearDraft draft;

    YearForm(YearDraft draft) {
        this.draft = draft;
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 3));
        startYear.setValue(draft.getStartYear());
        startYear.setReadOnly(true);
        startYear.setHelperText("Academic year " + draft.label() + ", 1 August to 31 July");
        add(startYear, new Span(), new Span());
        for (YearDraft.Dates dates : draft.getHalfTerms()) {
            HalfTermName name = dates.getName();
            DatePicker start = picker(name.label() + ": first day", name.name() + ".start");
            DatePicker end = picker(name.label() + ": last day", name.name() + ".end");
            DatePicker meeting = picker(name.label() + ": board meeting", name.name() + ".meeting");
            meeting.setRequiredIndicatorVisible(false);
            meeting.setHelperText("Optional: the report is then sent a few days before it");
            start.setValue(dates.getStart());
            end.setValue(dates.getEnd());
            meeting.setValue(dates.getBoardMeeting());
            add(start, end, meeting);
        }
    }

    private DatePicker picker(String label, String key) {
        DatePicker picker = new BritishDatePicker(label);
        picker.setRequiredIndicatorVisible(true);
        pickers.put(key, picker);
        return picker;
    }

    YearDraft read() {
        for (YearDraft.Dates dates : draft.getHalfTerms()) {
            dates.setStart(pickers.get(dates.getName().name() + ".start").getValue());
            dates.setEnd(pickers.get(dates.getName().name() + ".end").getValue());
            dates.setBoardMeeting(pickers.get(dates.getName().name() + ".meeting").getValue());
        }
        return draft;
    }

    void show(List<ValidationProblem> problems) {
        pickers.values().forEach(picker -> picker.setInvalid(false));
        startYear.setInvalid(false);
        Object first = null;
        for (ValidationProblem problem : problems) {
            if ("startYear".equals(problem.field())) {
                startYear.setErrorMessage(problem.getMessage());
                startYear.setInvalid(true);
                first = first == null ? startYear : first;
            }
            DatePicker picker = pickers.get(problem.field());
            if (picker != null) {
                picker.setErrorMessage(problem.getMessage());
                picker.setInvalid(true);
                first = first == null ? picker : first;
            }
        }
        Forms.focus(first);
    }
}
