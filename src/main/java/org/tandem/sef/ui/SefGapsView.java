package org.tandem.sef.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.tandem.sef.CriterionRow;
import org.tandem.sef.EditionOverview;
import org.tandem.sef.EditionSummary;
import org.tandem.sef.Gap;
import org.tandem.sef.SefService;

/**
 * Where the self-evaluation is weakest: criteria with thin or one-voice evidence, low judgements with no action
 * linked, and criteria not reviewed in 6 months. Shows the newest edition, or ?edition=id.
 */
@Route("sef/gaps")
@PageTitle("SEF gaps | Tandem")
@PermitAll
public class SefGapsView extends Main implements BeforeEnterObserver {

    final H1 heading = new H1("Gaps in the self-evaluation");
    final Paragraph headline = new Paragraph();
    final Grid<CriterionRow> grid = new Grid<>(CriterionRow.class, false);
    private final SefService sef;

    public SefGapsView(SefService sef) {
        this.sef = sef;
        addClassName("page");
        grid.addComponentColumn(row -> new RouterLink(row.title(), CriterionView.class, new RouteParameters("id",
                String.valueOf(row.evaluationId())))).setHeader("Criterion").setFlexGrow(2);
        grid.addColumn(CriterionRow::judgementInWords).setHeader("Judgement").setAutoWidth(true);
        grid.addComponentColumn(row -> {
            Div gaps = new Div();
            row.gaps().stream().map(Gap::inWords).map(Div::new).forEach(gaps::add);
            return gaps;
        }).setHeader("Gaps").setFlexGrow(3);
        grid.addColumn(row -> row.owner() == null ? "No owner" : row.owner()).setHeader("Owner").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        add(heading, headline, new RouterLink("Back to the overview", SefOverviewView.class), grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<EditionSummary> editions = sef.editions();
        String wanted = event.getLocation().getQueryParameters().getSingleParameter("edition").orElse("");
        EditionSummary shown = editions.stream().filter(e -> String.valueOf(e.id()).equals(wanted)).findFirst()
                .orElse(editions.isEmpty() ? null : editions.getFirst());
        if (shown == null) {
            headline.setText("There is no edition of the self-evaluation yet.");
            grid.setItems(List.of());
            return;
        }
        EditionOverview overview = sef.overview(shown.id());
        heading.setText("Gaps in " + shown.name());
        headline.setText(overview.gaps().inWords());
        grid.setItems(overview.withGaps());
    }
}
