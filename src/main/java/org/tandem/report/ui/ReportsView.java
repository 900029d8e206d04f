package org.tandem.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tandem.calendar.CalendarService;
import org.tandem.calendar.HalfTermInfo;
import org.tandem.report.ReportService;
import org.tandem.report.ReportSummary;
import org.tandem.shared.TandemProperties;
import org.tandem.shared.ui.Dates;
import org.tandem.shared.ui.Notifications;
import org.tandem.people.Roles;

/** The archive of issued board reports; admins also preview any half-term's report and produce it now. */
@Route("reports")
@PageTitle("Board reports | Tandem")
@Menu(order = 40, icon = "vaadin:file-text-o", title = "Board reports")
@RolesAllowed({Roles.BOARD_MEMBER, Roles.ADMIN})
public class ReportsView extends Main {

    final Grid<ReportSummary> grid = new Grid<>();
    final ComboBox<HalfTermInfo> halfTerm = new ComboBox<>("Half-term");
    final Button preview = new Button("Preview");
    final Button produce = new Button("Produce and send now…");

    private final ReportService reports;
    private final TandemProperties properties;

    public ReportsView(ReportService reports, CalendarService calendar,
            TandemProperties properties) {
        this.reports = reports;
        this.properties = properties;
        addClassName("page");
        add(new H1("Board reports"), new Paragraph("Every half-term Tandem builds a progress report from the live "
                + "data, e-mails it to every board member and keeps it here exactly as it was sent. Issuing a "
                + "report closes that half-term's progress updates."));
        next(calendar).ifPresent(text -> add(new Paragraph(text)));
        add(archive());
        if (reports.mayManage()) {
            add(adminTools(calendar));
        }
    }

    private Optional<String> next(CalendarService calendar) {
        Optional<HalfTermInfo> current = calendar.current().or(() -> calendar.nextAfter(calendar.today()));
        return current.map(term -> reports.issuedFor(term.id()).isPresent()
                ? "The report for " + term.label() + " has been issued."
                : "The report for " + term.label() + " is due on "
                        + Dates.format(reports.dueAt(term.id()), properties.timeZone()) + ".");
    }

    private Grid<ReportSummary> archive() {
        grid.addComponentColumn(summary -> new RouterLink(summary.title(), ReportView.class,
                new RouteParameters("id", Long.toString(summary.id())))).setHeader("Report").setFlexGrow(3);
        grid.addColumn(summary -> Dates.format(summary.issuedAt(), properties.timeZone())).setHeader("Issued")
                .setFlexGrow(1);
        grid.addColumn(ReportSummary::issuedBy).setHeader("By").setFlexGrow(1);
        grid.addComponentColumn(summary -> {
            Anchor pdf = new Anchor(ReportLinks.pdf(summary.id()), "PDF");
            pdf.getElement().setAttribute("download", true);
            pdf.getElement().setAttribute("aria-label", "Download the PDF of " + summary.title());
            return pdf;
        }).setHeader("Download").setFlexGrow(0).setWidth("8rem");
        grid.setItems(reports.issued());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Issued board reports");
        grid.setEmptyStateText("No report has been issued yet.");
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Section adminTools(CalendarService calendar) {
        List<HalfTermInfo> halfTerms = calendar.years().stream().flatMap(year -> year.halfTerms().stream())
                .sorted(Comparator.comparing(HalfTermInfo::start).reversed()).toList();
        halfTerm.setItems(halfTerms);
        halfTerm.setItemLabelGenerator(HalfTermInfo::label);
        calendar.current().or(() -> calendar.lastEndedBefore(calendar.today())).ifPresent(halfTerm::setValue);
        halfTerm.setHelperText("Previews use today's live data; nothing is stored or sent.");
        preview.addClickListener(event -> selected().ifPresent(term -> getUI().ifPresent(ui -> ui.navigate(
                ReportPreviewView.class, new RouteParameters("halfTermId", Long.toString(term.id()))))));
        produce.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        produce.addClickListener(event -> selected().ifPresent(this::confirm));
        Section tools = new Section();
        tools.add(new H2("Preview or produce a report"), halfTerm, new HorizontalLayout(preview, produce));
        return tools;
    }

    private Optional<HalfTermInfo> selected() {
        if (halfTerm.getValue() == null) {
            halfTerm.setInvalid(true);
            halfTerm.setErrorMessage("Choose a half-term.");
            halfTerm.focus();
            return Optional.empty();
        }
        halfTerm.setInvalid(false);
        return Optional.of(halfTerm.getValue());
    }

    private void confirm(HalfTermInfo term) {
        Optional<Long> issued = reports.issuedFor(term.id());
        if (issued.isPresent()) {
            Notifications.success("The report for " + term.label() + " was already issued; it is never issued twice.");
            open(issued.get());
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Produce the report for " + term.label() + "?");
        dialog.add(new Paragraph("It is built from today's data, e-mailed to every board member and kept as "
                + "issued. " + term.label() + "'s progress updates can no longer be changed afterwards."));
        Button go = new Button("Produce and send", click -> {
            long id = reports.produceNow(term.id());
            dialog.close();
            Notifications.success("The report for " + term.label() + " was issued; it is being sent.");
            open(id);
        });
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setDisableOnClick(true);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), go);
        dialog.open();
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(ReportView.class, new RouteParameters("id", Long.toString(id))));
    }
}
