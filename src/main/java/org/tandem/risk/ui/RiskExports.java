package org.tandem.risk.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.tandem.risk.RiskFilter;
import org.tandem.risk.RiskRegister;
import org.tandem.risk.RiskRow;
import org.tandem.shared.spreadsheet.Spreadsheets;

/**
 * Downloads of the rows the filter shows, as .xlsx and .csv. The shared spreadsheet writer neutralises cells a
 * spreadsheet would run as formulas; the register leaves out confidential risks the reader may not see.
 */
final class RiskExports {

    static final List<String> HEADERS = List.of("Reference", "Risk", "Category", "Owner", "Level", "Likelihood",
            "Impact", "Residual score", "Band", "Trend", "Above appetite", "Next review", "Review overdue",
            "Mitigation failing", "Tolerated", "Confidential", "Status");

    private RiskExports() {
    }

    static void addTo(HasComponents bar, RiskRegister register, Supplier<RiskFilter> filter) {
        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = Spreadsheets.xlsx("Risk register", HEADERS, rows(register.export(filter.get())));
            return new DownloadResponse(new ByteArrayInputStream(bytes), "risk-register.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length);
        }), "Export to Excel (.xlsx)");
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = Spreadsheets.csv(HEADERS, rows(register.export(filter.get())));
            return new DownloadResponse(new ByteArrayInputStream(bytes), "risk-register.csv", "text/csv",
                    bytes.length);
        }), "Export to CSV");
        xlsx.addClassName("button-link");
        csv.addClassName("button-link");
        bar.add(xlsx, csv);
    }

    static List<List<String>> rows(List<RiskRow> rows) {
        return rows.stream().map(row -> List.of(row.reference(), row.title(), row.category(), row.owner(),
                row.level().label(), String.valueOf(row.residual().likelihood()),
                String.valueOf(row.residual().impact()), String.valueOf(row.score()), row.band(),
                row.trend().word(), RiskText.yesNo(row.aboveAppetite()), RiskText.date(row.nextReviewOn()),
                RiskText.yesNo(row.reviewOverdue()), Objects.requireNonNullElse(row.mitigationFailing(), ""),
                RiskText.yesNo(row.tolerated()), RiskText.yesNo(row.confidential()), row.status().label()))
                .toList();
    }
}
