package org.tandem.measure.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.tandem.measure.LibraryMeasure;
import org.tandem.measure.MeasureService;
import org.tandem.people.Roles;
import org.tandem.shared.ui.Notifications;
import org.tandem.shared.ui.SaveAttempt;

/** The starter library of common SEND measures; an admin adopts those the partnership uses, then sets targets. */
@Route("measures/library")
@PageTitle("Starter library of measures | Tandem")
@RolesAllowed(Roles.ADMIN)
@StyleSheet("styles/measures.css")
public class MeasureLibraryView extends Main {

    private final MeasureService measures;

    public MeasureLibraryView(MeasureService measures) {
        this.measures = measures;
        addClassNames("page", "measures-page");
        show();
    }

    void show() {
        removeAll();
        add(new RouterLink("← Measures of success", MeasureDashboardView.class));
        add(new H1("Starter library of measures"));
        add(new Paragraph("Common measures of SEND partnerships, described in our own words. They come with no "
                + "figures: after adopting one, set its owner, baseline and target from your own data."));
        Div grid = new Div();
        grid.addClassName("card-grid");
        for (LibraryMeasure m : measures.library()) {
            Div card = new Div(new H2(m.name()), new Paragraph(m.definition()), new Paragraph(m.unit().label()
                    + " · " + m.polarity().label() + " · " + m.frequency().label() + " · Source: "
                    + m.dataSource() + (m.familyExperience() ? " · Family experience" : "")));
            card.addClassName("card");
            if (m.adopted()) {
                card.add(new Paragraph("Adopted."));
            } else {
                card.add(new Button("Adopt " + m.name(), event -> new SaveAttempt().call(() -> measures.adopt(m.code()))
                        .ifPresent(id -> {
                            Notifications.success("Adopted " + m.name() + ". Set its owner, baseline and target.");
                            getUI().ifPresent(ui -> ui.navigate(MeasureView.class, new RouteParameters("id",
                                    String.valueOf(id))));
                        })));
            }
            grid.add(card);
        }
        add(grid);
    }
}
