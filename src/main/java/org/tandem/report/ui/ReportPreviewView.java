package org.tandem.report.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.tandem.calendar.CalendarService;
import org.tandem.calendar.HalfTermInfo;
import org.tandem.people.Roles;

/** What a half-term's report would say if it were issued now: nothing is stored, closed or sent. */
@Route("reports/preview/:halfTermId")
@PageTitle("Report preview | Tandem")
@RolesAllowed(Roles.ADMIN)
public class ReportPreviewView extends Main implements BeforeEnterObserver {

    private final CalendarService calendar;

    public ReportPreviewView(CalendarService calendar) {
        this.calendar = calendar;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("halfTermId").orElse(""));
        } catch (NumberFormatException e) {
            event.forwardTo(ReportsView.class);
            return;
        }
        calendar.halfTerm(id).ifPresentOrElse(this::show, () -> event.forwardTo(ReportsView.class));
    }

    private void show(HalfTermInfo halfTerm) {
        removeAll();
        IFrame frame = new IFrame(ReportLinks.preview(halfTerm.id()));
        frame.setTitle("Preview of the report for " + halfTerm.label());
        frame.addClassName("report-frame");
        add(new RouterLink("← Board reports", ReportsView.class), new H1("Preview: " + halfTerm.label()),
                new Paragraph("Built from today's live data. This preview is not stored or sent, and it does not "
                        + "close the half-term."), frame);
    }
}
