package org.tandem.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.tandem.report.DeliveryRow;
import org.tandem.report.DeliveryStatus;
import org.tandem.report.ReportService;
import org.tandem.report.ReportSummary;
import org.tandem.shared.TandemProperties;
import org.tandem.shared.ui.Dates;
import org.tandem.shared.ui.Notifications;
import org.tandem.shared.ui.SaveAttempt;
import org.tandem.people.Roles;

/** One issued report as the board received it, with its PDF; admins also see each copy's delivery. */
@Route("reports/:id")
@PageTitle("Board report | Tandem")
@RolesAllowed({Roles.BOARD_MEMBER, Roles.ADMIN})
public class ReportView extends Main implements BeforeEnterObserver {

    final Grid<DeliveryRow> copies = new Grid<>();

    private final ReportService reports;
    private final TandemProperties properties;
    private long reportId;

    public ReportView(ReportService reports, TandemProperties properties) {
        this.reports = reports;
        this.properties = properties;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            reportId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            event.forwardTo(ReportsView.class);
            return;
        }
        reports.summary(reportId).ifPresentOrElse(this::show, () -> event.forwardTo(ReportsView.class));
    }

    private void show(ReportSummary summary) {
        removeAll();
        Anchor pdf = new Anchor(ReportLinks.pdf(summary.id()), "Download the PDF");
        pdf.getElement().setAttribute("download", true);
        add(new RouterLink("← Board reports", ReportsView.class), new H1(summary.title()),
                new Paragraph("Issued " + Dates.format(summary.issuedAt(), properties.timeZone()) + " by "
                        + summary.issuedBy() + ". This is the report exactly as it was sent; it never changes."),
                pdf);
        IFrame frame = new IFrame(ReportLinks.page(summary.id()));
        frame.setTitle(summary.title());
        frame.addClassName("report-frame");
        add(frame);
        if (reports.mayManage()) {
            add(new H2("Copies sent"), copies());
        }
    }

    private Grid<DeliveryRow> copies() {
        copies.removeAllColumns();
        copies.addColumn(DeliveryRow::name).setHeader("Recipient").setFlexGrow(2);
        copies.addColumn(row -> row.email().isBlank() ? "No e-mail address" : row.email()).setHeader("E-mail")
                .setFlexGrow(2);
        copies.addColumn(row -> row.status().label()
                + (row.nextAttempt() == null ? "" : " (next try "
                        + Dates.format(row.nextAttempt(), properties.timeZone()) + ")"))
                .setHeader("Status").setFlexGrow(2);
        copies.addColumn(DeliveryRow::attempts).setHeader("Tries").setFlexGrow(0).setWidth("6rem");
        copies.addColumn(row -> row.sentAt() == null ? "" : Dates.format(row.sentAt(), properties.timeZone()))
                .setHeader("Sent").setFlexGrow(1);
        copies.addColumn(row -> row.error() == null ? "" : row.error()).setHeader("Reason").setFlexGrow(3);
        copies.addComponentColumn(row -> {
            if (row.status() != DeliveryStatus.FAILED || row.email().isBlank()) {
                return new com.vaadin.flow.component.html.Span();
            }
            Button again = new Button("Send again", event -> sendAgain(row));
            again.getElement().setAttribute("aria-label", "Send the report to " + row.name() + " again");
            return again;
        }).setHeader("Send again").setFlexGrow(0).setWidth("9rem");
        copies.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        copies.setAriaLabel("Copies of this report");
        copies.setAllRowsVisible(true);
        copies.setItems(reports.deliveries(reportId));
        return copies;
    }

    private void sendAgain(DeliveryRow row) {
        if (new SaveAttempt().run(() -> reports.sendAgain(row.id()))) {
            Notifications.success("The report is being sent to " + row.name() + " again.");
        }
        copies.setItems(reports.deliveries(reportId));
    }
}
