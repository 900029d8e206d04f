package org.tandem.risk.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.tandem.risk.Basis;
import org.tandem.risk.HeatMap;
import org.tandem.risk.RiskHeatMap;

/**
 * The 5 × 5 heat map of open risks as a real table: likelihood down the side (5 at the top), impact across,
 * each cell with its count, score and band in words, as a link (reachable by Tab, opened by Enter) to the
 * register filtered to its risks. A summary in words comes first.
 */
@Route("risks/heat-map")
@PageTitle("Risk heat map | Tandem")
@Menu(order = 26, icon = "vaadin:grid-small", title = "Risk heat map")
@PermitAll
public class HeatMapView extends Main implements BeforeEnterObserver {

    final RadioButtonGroup<Basis> basis = new RadioButtonGroup<>("Scores shown");
    final Paragraph summary = new Paragraph();
    NativeTable table = new NativeTable();
    private final RiskHeatMap heatMaps;
    private boolean applying;

    public HeatMapView(RiskHeatMap heatMaps) {
        this.heatMaps = heatMaps;
        addClassName("page");
        basis.setItems(Basis.values());
        basis.setItemLabelGenerator(Basis::label);
        basis.addValueChangeListener(event -> {
            if (!applying && event.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(HeatMapView.class, new QueryParameters(
                        Map.of("basis", List.of(event.getValue().name())))));
            }
        });
        summary.setId("heat-map-summary");
        add(new H1("Risk heat map"), basis, summary, table);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> wanted = event.getLocation().getQueryParameters().getParameters().getOrDefault("basis",
                List.of());
        Basis chosen = Basis.RESIDUAL;
        for (Basis value : Basis.values()) {
            if (wanted.contains(value.name())) {
                chosen = value;
            }
        }
        applying = true;
        basis.setValue(chosen);
        applying = false;
        HeatMap map = heatMaps.of(chosen);
        summary.setText(map.summary());
        NativeTable fresh = table(map);
        replace(table, fresh);
        table = fresh;
    }

    static NativeTable table(HeatMap map) {
        NativeTable table = new NativeTable();
        table.addClassName("heat-map");
        table.setCaptionText("Open risks by " + map.basis().label().toLowerCase()
                + " likelihood (rows) and impact (columns)");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText("Likelihood \\ impact");
        for (int impact = 1; impact <= 5; impact++) {
            NativeTableHeaderCell header = head.addHeaderCell();
            header.setText(impact + " " + map.impactLabels().get(impact - 1));
            header.getElement().setAttribute("scope", "col");
        }
        for (int likelihood = 5; likelihood >= 1; likelihood--) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell side = row.addHeaderCell();
            side.setText(likelihood + " " + map.likelihoodLabels().get(likelihood - 1));
            side.getElement().setAttribute("scope", "row");
            for (int impact = 1; impact <= 5; impact++) {
                HeatMap.Cell cell = map.cell(likelihood, impact);
                NativeTableCell td = row.addDataCell();
                td.addClassNames("heat-cell", cell.band().cssClass());
                RouterLink link = new RouterLink("", RiskRegisterView.class);
                link.setQueryParameters(new QueryParameters(cell.filter().toQuery()));
                link.add(new Span(String.valueOf(cell.count())), new Span(" " + cell.bandWord() + " ("
                        + cell.score() + ")"));
                link.getElement().setAttribute("aria-label", cell.describe());
                td.add(link);
            }
        }
        return table;
    }
}
