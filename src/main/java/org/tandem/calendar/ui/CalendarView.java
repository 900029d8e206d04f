package org.tandem.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.tandem.calendar.AcademicYearSummary;
import org.tandem.calendar.CalendarService;
import org.tandem.calendar.HalfTermInfo;
import org.tandem.calendar.YearDraft;
import org.tandem.shared.TandemProperties;
import org.tandem.shared.ValidationProblem;
import org.tandem.shared.ui.HistoryPanel;
import org.tandem.shared.ui.Notifications;
import org.tandem.shared.ui.SaveAttempt;
import org.tandem.people.Roles;

/** The admin's half-term calendar: add a year from typical dates, correct the dates, see who changed them. */
@Route("admin/calendar")
@PageTitle("Half-term calendar | Tandem")
@Menu(order = 92, icon = "vaadin:calendar", title = "Half-term calendar")
@RolesAllowed(Roles.ADMIN)
public class CalendarView extends Main {

    private static final DateTimeFormatter DATE = org.tandem.shared.BritishDates.SHORT_WITH_DAY;

    private final CalendarService calendar;
    private final TandemProperties properties;
    private final Div years = new Div();

    public CalendarView(CalendarService calendar, TandemProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
        addClassName("page");
        Button add = new Button("Add the next year", event -> open(calendar.suggestNextYear(), true));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Half-term calendar"), new Paragraph("Progress updates and board reports follow these dates. "
                + "New years start from typical dates in England: correct them to your area's."), add, years);
        refresh();
    }

    private void refresh() {
        years.removeAll();
        List<AcademicYearSummary> all = calendar.years();
        if (all.isEmpty()) {
            years.add(new Paragraph("No academic years yet."));
        }
        for (AcademicYearSummary year : all) {
            Grid<HalfTermInfo> grid = new Grid<>();
            grid.addColumn(halfTerm -> halfTerm.name().label()).setHeader("Half-term");
            grid.addColumn(halfTerm -> DATE.format(halfTerm.start())).setHeader("First day");
            grid.addColumn(halfTerm -> DATE.format(halfTerm.end())).setHeader("Last day");
            grid.setItems(year.halfTerms());
            grid.setAllRowsVisible(true);
            grid.setAriaLabel("Half-terms of " + year.label());
            Button edit = new Button("Edit dates of " + year.label(), event -> open(calendar.edit(year.id()), false));
            Section section = new Section(new H2(year.label()), grid, edit);
            section.addClassName("card");
            years.add(section);
        }
    }

    void open(YearDraft draft, boolean adding) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle((adding ? "Add " : "Edit ") + draft.label());
        dialog.setWidth("min(48rem, 95vw)");
        YearForm form = new YearForm(draft);
        dialog.add(form);
        Button save = new Button("Save", event -> {
            YearDraft read = form.read();
            List<ValidationProblem> problems = calendar.check(read);
            form.show(problems);
            if (!problems.isEmpty()) {
                Notifications.error("Some dates break the calendar's rules: see the messages at the dates. "
                        + "Nothing was saved.");
                return;
            }
            boolean saved = new SaveAttempt().problemsTo(problem -> {
                form.show(List.of(problem));
                Notifications.error(problem.getMessage());
            }).onConflict(() -> {
                dialog.close();
                refresh();
                if (read.getId() != null) {
                    open(calendar.edit(read.getId()), false);
                }
            }).run(() -> {
                if (adding) {
                    calendar.addYear(read);
                } else {
                    calendar.updateYear(read);
                }
            });
            if (saved) {
                Notifications.success("Saved the calendar for " + read.label() + ".");
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), save);
        if (!adding && draft.getId() != null) {
            HistoryPanel history = new HistoryPanel(properties.timeZone());
            history.setEntries(calendar.history(draft.getId()));
            dialog.add(history);
        }
        dialog.open();
    }
}
