package org.tandem.feedback.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import org.tandem.calendar.AcademicYearSummary;
import org.tandem.calendar.CalendarService;
import org.tandem.calendar.HalfTermInfo;
import org.tandem.feedback.FeedbackRegister;
import org.tandem.feedback.Stage;
import org.tandem.feedback.ThemeCount;
import org.tandem.shared.ui.Dates;

/** What families raised, by theme and stage, this half-term and this school year (by the date it was said). */
@Route("feedback/themes")
@PageTitle("Feedback by theme | Tandem")
@Menu(order = 33, icon = "vaadin:chart-grid", title = "Feedback by theme")
@PermitAll
public class ThemeSummaryView extends Main {

    public ThemeSummaryView(FeedbackRegister register, CalendarService calendar) {
        addClassName("page");
        add(new H1("Feedback by theme"));
        LocalDate today = calendar.today();
        calendar.current().ifPresentOrElse(
                halfTerm -> add(section("This half-term: " + halfTerm.label(), halfTerm.start(), today, register)),
                () -> add(new Paragraph("Today is not in a half-term.")));
        calendar.years().stream().filter(year -> !year.halfTerms().isEmpty())
                .filter(year -> !today.isBefore(first(year).start()) && !today.isAfter(last(year).end()))
                .findFirst()
                .ifPresentOrElse(year -> add(section("This school year: " + year.label(), first(year).start(), today,
                        register)), () -> add(new Paragraph("No school year in the calendar holds today.")));
    }

    private static HalfTermInfo first(AcademicYearSummary year) {
        return year.halfTerms().getFirst();
    }

    private static HalfTermInfo last(AcademicYearSummary year) {
        return year.halfTerms().getLast();
    }

    private static Section section(String title, LocalDate from, LocalDate to, FeedbackRegister register) {
        List<ThemeCount> counts = register.themeSummary(from, to);
        Section section = new Section(new H2(title), new Paragraph("Said from " + Dates.format(from) + " to "
                + Dates.format(to) + ". An item with several themes counts under each."));
        if (counts.isEmpty()) {
            section.add(new Paragraph("Nothing was logged for this period."));
            return section;
        }
        Grid<ThemeCount> grid = new Grid<>();
        grid.addColumn(count -> count.theme().label()).setHeader("Theme").setAutoWidth(true).setFlexGrow(1);
        for (Stage stage : Stage.values()) {
            grid.addColumn(count -> count.at(stage)).setHeader(stage.label()).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addColumn(ThemeCount::total).setHeader("Total").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(title);
        grid.setItems(counts);
        section.add(grid);
        return section;
    }
}
