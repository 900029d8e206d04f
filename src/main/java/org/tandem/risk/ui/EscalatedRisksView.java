package org.tandem.risk.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.tandem.risk.RiskLists;
import org.tandem.risk.RiskRegister;
import org.tandem.risk.RiskRow;

/** The board's page: every open risk escalated to the board, highest residual score first. */
@Route("risks/escalated")
@PageTitle("Escalated risks | Tandem")
@Menu(order = 27, icon = "vaadin:arrow-circle-up", title = "Escalated risks")
@PermitAll
public class EscalatedRisksView extends Main {

    final Grid<RiskRow> grid = RiskColumns.grid();
    final Paragraph intro = new Paragraph();

    public EscalatedRisksView(RiskRegister register, RiskLists lists) {
        addClassName("page");
        List<RiskRow> rows = register.escalated();
        intro.setText((rows.size() == 1 ? "1 risk is" : rows.size() + " risks are") + " escalated to the board. "
                + "A risk goes to the board when its residual score reaches " + lists.rules().boardThreshold()
                + ", when a board member escalates it, or when the board's acceptance of it lapses.");
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        add(new H1("Risks escalated to the board"), intro, grid);
    }
}
