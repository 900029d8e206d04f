package org.tandem.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.IFrame;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.calendar.CalendarService;
import org.tandem.calendar.HalfTermInfo;
import org.tandem.people.Role;
import org.tandem.report.ReportService;
import org.tandem.report.ReportSummary;
import org.tandem.people.SystemAuthentication;
import org.tandem.support.MutableClock;
import org.tandem.support.PlanFixture;
import org.tandem.support.UiTest;

/** An admin produces the half-term's report from the Reports page; board members read the archive. */
class ReportsViewTest extends UiTest {

    @Autowired
    PlanFixture fixture;
    @Autowired
    CalendarService calendar;
    @Autowired
    ReportService reports;
    @Autowired
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anAdminProducesTheReportNowAndSeesItAsIssuedWithEachCopyAndABoardMemberReadsIt() {
        fixture.year(2036);
        clock.setDate(LocalDate.of(2036, 10, 14));
        HalfTermInfo autumn = SystemAuthentication.call(() -> calendar.current().orElseThrow());

        loginAs("reports-admin", Role.ADMIN);
        UI.getCurrent().navigate(ReportsView.class);
        ReportsView view = _get(ReportsView.class);
        assertThat(view.halfTerm.getValue()).isEqualTo(autumn);
        _click(_get(Button.class, spec -> spec.withText("Produce and send now…")));
        _click(_get(Button.class, spec -> spec.withText("Produce and send")));

        String title = "SEND partnership board report: " + autumn.label();
        assertThat(_get(H1.class).getText()).isEqualTo(title);
        ReportView report = _get(ReportView.class);
        long id = SystemAuthentication.call(() -> reports.issuedFor(autumn.id()).orElseThrow());
        assertThat(_get(IFrame.class).getSrc()).isEqualTo("reports/" + id + "/report.html");
        assertThat(GridKt._size(report.copies)).as("one copy per board member")
                .isEqualTo(SystemAuthentication.call(() -> reports.deliveries(id)).size());

        loginAs("reports-board", Role.BOARD_MEMBER);
        UI.getCurrent().navigate(ReportsView.class);
        ReportsView archive = _get(ReportsView.class);
        @SuppressWarnings("unchecked")
        Grid<ReportSummary> grid = archive.grid;
        assertThat(GridKt._findAll(grid)).extracting(ReportSummary::title).contains(title);
        assertThat(_find(Button.class, spec -> spec.withText("Produce and send now…"))).isEmpty();
        UI.getCurrent().navigate("reports/" + id);
        assertThat(_find(Grid.class)).as("the copies are for admins").isEmpty();
    }

    @Test
    void choosingNoHalfTermSaysSoInsteadOfFailing() {
        loginAs("reports-admin-2", Role.ADMIN);
        UI.getCurrent().navigate(ReportsView.class);
        ReportsView view = _get(ReportsView.class);
        view.halfTerm.clear();
        _click(view.preview);
        assertThat(view.halfTerm.isInvalid()).isTrue();
        assertThat(view.halfTerm.getErrorMessage()).isEqualTo("Choose a half-term.");
    }
}
