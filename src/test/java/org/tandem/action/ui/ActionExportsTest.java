package org.tandem.action.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.action.ActionFilter;
import org.tandem.action.ActionPlanService;
import org.tandem.people.Role;
import org.tandem.people.SystemAuthentication;
import org.tandem.shared.spreadsheet.Spreadsheets;
import org.tandem.support.PlanFixture;
import org.tandem.support.UiTest;

class ActionExportsTest extends UiTest {

    @Autowired
    PlanFixture fixture;
    @Autowired
    ActionPlanService plan;

    @Test
    void theFilteredRowsExportWithFormulasNeutralisedForExcel() throws Exception {
        PlanFixture.Plan thePlan = fixture.plan("Export");
        fixture.action(thePlan, "=HYPERLINK(\"http://evil.example\") We will check exports", LocalDate.of(2030, 1, 1),
                LocalDate.of(2030, 6, 1));
        fixture.action(thePlan, "We will keep this one plain", LocalDate.of(2030, 1, 1), LocalDate.of(2030, 6, 1));
        var rows = SystemAuthentication.call(() -> ActionExports.rows(
                plan.export(ActionFilter.none().withPriority(thePlan.priorityId()))));
        assertThat(rows).hasSize(2);

        String csv = new String(Spreadsheets.csv(ActionExports.HEADERS, rows), StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK").contains("We will keep this one plain");

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(
                Spreadsheets.xlsx("Action plan", ActionExports.HEADERS, rows)))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Action");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).startsWith("'=HYPERLINK");
        }
    }

    @Test
    void everyoneGetsTheExportLinksAndOnlyAdminsTheImportLink() {
        loginAs("export-board", Role.BOARD_MEMBER);
        UI.getCurrent().navigate(ActionPlanView.class);
        assertThat(_find(Anchor.class).stream().map(Anchor::getText))
                .contains("Export to Excel (.xlsx)", "Export to CSV").doesNotContain("Import from a spreadsheet");

        loginAs("export-admin", Role.ADMIN);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate(ActionPlanView.class);
        assertThat(_find(Anchor.class).stream().map(Anchor::getText)).contains("Import from a spreadsheet");
    }
}
