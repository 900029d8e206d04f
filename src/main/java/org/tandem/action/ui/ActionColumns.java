package org.tandem.action.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.tandem.action.ActionRow;
import org.tandem.shared.ui.Dates;
import org.tandem.shared.ui.RagBadge;

/** The columns every list of actions shares; the reference is a link, so the keyboard reaches each action. */
final class ActionColumns {

    /** {@link ActionView}'s route, "actions/:id", relative to the application's base. */
    static final String ACTION_PAGE = "actions/";

    private ActionColumns() {
    }

    static Grid<ActionRow> grid() {
        Grid<ActionRow> grid = new Grid<>();
        // The link and the RAG badge are drawn in the browser from each row's data (a Lit template), not built
        // as two server-side components per row: a page of 50 rows would otherwise hold 200 more state nodes in
        // every open action plan. The router-link attribute lets Flow's router follow it without a page load.
        grid.addColumn(LitRenderer.<ActionRow>of("<a router-link href=\"${item.href}\">${item.reference}</a>")
                .withProperty("href", row -> ACTION_PAGE + row.id())
                .withProperty("reference", ActionRow::reference))
                .setHeader("Ref").setKey("reference").setSortProperty("reference").setWidth("5rem").setFlexGrow(0);
        grid.addColumn(ActionRow::title).setHeader("Action").setKey("title").setSortProperty("title").setWidth("18rem").setFlexGrow(4);
        grid.addColumn(row -> row.priority().contains(".") ? row.priority().substring(0, row.priority().indexOf('.'))
                : row.priority()).setHeader("Priority").setKey("priority").setWidth("6rem").setFlexGrow(0)
                .setTooltipGenerator(ActionRow::priority);
        grid.addColumn(row -> row.workstream() == null ? "" : row.workstream()).setHeader("Workstream")
                .setKey("workstream").setWidth("9rem").setFlexGrow(1);
        grid.addColumn(row -> row.owner() == null ? "" : row.owner()).setHeader("Owner").setKey("owner").setWidth("8rem").setFlexGrow(1);
        grid.addColumn(row -> row.status().label()).setHeader("Status").setKey("status").setSortProperty("status")
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(RagBadge.renderer(ActionRow::rag)).setHeader("RAG").setKey("rag").setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(row -> row.percentComplete() + "%").setHeader("Done").setKey("percent")
                .setSortProperty("percentComplete").setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(row -> Dates.format(row.dueDate()) + (row.overdue() ? " (overdue)" : "")).setHeader("Due")
                .setKey("due").setSortProperty("dueDate").setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(row -> row.updateDue() ? "Needed" : (row.status().isOpen() ? "Given" : ""))
                .setHeader("Update").setKey("update").setWidth("6.5rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Actions");
        grid.setEmptyStateText("No actions match.");
        return grid;
    }
}
