package org.tandem.action.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;
import org.tandem.action.ActionFilter;
import org.tandem.action.ActionPlanService;
import org.tandem.action.ActionRow;
import org.tandem.shared.spreadsheet.Spreadsheets;
import org.tandem.shared.ui.Dates;

/** Downloads of the rows the filter shows, as .xlsx and .csv, with every cell safe to open in Excel. */
final class ActionExports {

    static final List<String> HEADERS = List.of("Reference", "Action", "Priority", "Workstream", "Owner", "Status",
            "RAG", "Percent complete", "Start", "Due", "Overdue", "Update this half-term");

    private ActionExports() {
    }

    static void addTo(HasComponents bar, ActionPlanService plan, Supplier<ActionFilter> filter, boolean mayImport) {
        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = Spreadsheets.xlsx("Action plan", HEADERS, rows(plan.export(filter.get())));
            return new DownloadResponse(new ByteArrayInputStream(bytes), "action-plan.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length);
        }), "Export to Excel (.xlsx)");
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = Spreadsheets.csv(HEADERS, rows(plan.export(filter.get())));
            return new DownloadResponse(new ByteArrayInputStream(bytes), "action-plan.csv", "text/csv",
                    bytes.length);
        }), "Export to CSV");
        xlsx.addClassName("button-link");
        csv.addClassName("button-link");
        bar.add(xlsx, csv);
        if (mayImport) {
            Anchor importLink = new Anchor("actions/import", "Import from a spreadsheet");
            importLink.getElement().setAttribute("router-link", true);
            importLink.addClassName("button-link");
            bar.add(importLink);
        }
    }

    static List<List<String>> rows(List<ActionRow> rows) {
        return rows.stream().map(row -> List.of(row.reference(), row.title(), row.priority(),
                row.workstream() == null ? "" : row.workstream(), row.owner() == null ? "" : row.owner(),
                row.status().label(), row.rag().label(), String.valueOf(row.percentComplete()),
                Dates.format(row.startDate()), Dates.format(row.dueDate()), row.overdue() ? "Yes" : "No",
                row.updateDue() ? "Needed" : "Given or not due")).toList();
    }
}
