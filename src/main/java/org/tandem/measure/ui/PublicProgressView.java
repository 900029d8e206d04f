package org.tandem.measure.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import org.tandem.measure.ProgressPage;
import org.tandem.measure.PublicProgress;
import org.tandem.shared.BritishDates;
import org.tandem.shared.TandemProperties;

/**
 * Progress for everyone, with no sign-in: each priority with its RAG in words and its publishable measures, with
 * charts and tables, as they stood when the last board report was issued (not as officers type). Beside the
 * "you said, we did" page, and linked from it.
 */
@Route(value = "progress", autoLayout = false)
@PageTitle("Our progress")
@AnonymousAllowed
@StyleSheet("styles/you-said-we-did.css")
@StyleSheet("styles/measures.css")
public class PublicProgressView extends Main {

    public PublicProgressView(PublicProgress progress, TandemProperties properties) {
        addClassNames("page", "public-page", "measures-page");
        Header header = new Header(new Paragraph(properties.partnershipName()));
        header.addClassName("public-header");
        add(header, new H1("Our progress"));
        Anchor json = new Anchor("public/progress.json", "these figures as data (JSON)");
        json.setRouterIgnore(true);
        add(new Paragraph(new Anchor("you-said-we-did", "You said, we did: what families told us and what we "
                + "did"), new com.vaadin.flow.component.Text(" · Other websites can show "), json));
        Optional<ProgressPage> page = progress.page();
        if (page.isEmpty()) {
            add(new Paragraph("Progress is published with each half-term's board report. The first has not been "
                    + "issued yet."));
            return;
        }
        ProgressPage shown = page.get();
        add(new Paragraph("As reported to the partnership board for " + shown.halfTerm() + " (issued "
                + BritishDates.LONG.format(shown.takenAt().atZone(properties.timeZone())) + "). A value counting "
                + "very few children is not shown, so that nobody can be identified."));
        List<ProgressPage.PublicPriority> priorities = shown.priorities();
        for (int p = 0; p < priorities.size(); p++) {
            ProgressPage.PublicPriority priority = priorities.get(p);
            Section section = new Section(new H2(priority.label()), MeasureText.rag(priority.rag(), priority.why()));
            if (priority.measures().isEmpty()) {
                section.add(new Paragraph("No published measures for this priority yet."));
            }
            for (int m = 0; m < priority.measures().size(); m++) {
                ProgressPage.PublicMeasure measure = priority.measures().get(m);
                int pi = p;
                int mi = m;
                Div card = new Div(new H3(measure.name()), new Paragraph(measure.definition()),
                        new Paragraph("Latest: " + measure.latest() + (measure.period().isEmpty() ? "" : " ("
                                + measure.period() + ")") + ". Target: " + measure.target() + ". "
                                + measure.direction() + "."
                                + (measure.familyExperience() ? " From what families told us." : "")),
                        MeasureText.rag(measure.rag(), measure.why()),
                        MeasureText.svg(() -> progress.chart(pi, mi), measure.chart().alternativeText(), 720),
                        MeasureText.table("Values of " + measure.name(), List.of("Period", "Value", "Status"),
                                measure.values().stream().map(v -> List.of(v.period(), v.value(), v.status()))
                                        .toList()));
                card.addClassName("card");
                section.add(card);
            }
            add(section);
        }
    }
}
