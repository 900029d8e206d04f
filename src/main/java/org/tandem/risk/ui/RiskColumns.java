package org.tandem.risk.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.tandem.risk.RiskRow;
import org.tandem.shared.ui.Dates;

/** The register's grid, shared by the register and the board's page of escalated risks. */
final class RiskColumns {

    private RiskColumns() {
    }

    static Grid<RiskRow> grid() {
        Grid<RiskRow> grid = new Grid<>(RiskRow.class, false);
        grid.addComponentColumn(row -> new RouterLink(row.reference(), RiskView.class,
                new RouteParameters("id", String.valueOf(row.id())))).setHeader("Reference")
                .setSortProperty("reference").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RiskRow::title).setHeader("Risk").setSortProperty("title").setFlexGrow(3);
        grid.addColumn(RiskRow::category).setHeader("Category").setAutoWidth(true);
        grid.addColumn(RiskRow::owner).setHeader("Owner").setAutoWidth(true);
        grid.addColumn(row -> row.level().label()).setHeader("Level").setSortProperty("level").setAutoWidth(true);
        grid.addComponentColumn(row -> RiskText.band(row.score(), row.bandKind(), row.band()))
                .setHeader("Residual score").setSortProperty("residualScore").setAutoWidth(true);
        grid.addComponentColumn(row -> RiskText.trend(row.trend())).setHeader("Trend").setAutoWidth(true);
        grid.addColumn(row -> Dates.format(row.nextReviewOn())).setHeader("Next review")
                .setSortProperty("nextReviewOn").setAutoWidth(true);
        grid.addComponentColumn(RiskColumns::flags).setHeader("Flags").setFlexGrow(2);
        grid.setMultiSort(false);
        return grid;
    }

    /** Everything notable about a row, in words. */
    static Div flags(RiskRow row) {
        Div flags = new Div();
        flags.addClassName("risk-flags");
        if (row.escalated()) {
            flags.add(flag("Escalated to the board"));
        }
        if (row.aboveAppetite()) {
            flags.add(flag("Above appetite"));
        }
        if (row.reviewOverdue()) {
            flags.add(flag("Review overdue"));
        }
        if (row.tolerated()) {
            flags.add(flag("Tolerated"));
        }
        if (row.confidential()) {
            flags.add(flag("Confidential"));
        }
        if (row.mitigationFailing() != null) {
            flags.add(flag(row.mitigationFailing()));
        }
        if (row.status() != org.tandem.risk.RiskStatus.OPEN) {
            flags.add(flag(row.status().label()));
        }
        return flags;
    }

    private static Span flag(String text) {
        Span span = new Span(text);
        span.addClassName("risk-flag");
        return span;
    }
}
