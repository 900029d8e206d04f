package org.tandem.risk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.List;
import org.tandem.risk.EscalationInfo;
import org.tandem.risk.LinkedAction;
import org.tandem.risk.ReviewInfo;
import org.tandem.risk.SnapshotInfo;
import org.tandem.risk.ToleranceInfo;
import org.tandem.shared.ui.Dates;
import org.tandem.shared.ui.RagBadge;

/** The risk page's tables and its chart of the score over time; every value is text, never HTML. */
final class RiskSections {

    private RiskSections() {
    }

    static Section section(String heading, Component... content) {
        Section section = new Section(new H2(heading));
        section.addClassName("card");
        section.add(content);
        return section;
    }

    static NativeTable table(String caption, List<String> headers, List<List<String>> rows) {
        NativeTable table = new NativeTable();
        table.addClassName("risk-table");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        headers.forEach(header -> head.addHeaderCell().setText(header));
        for (List<String> values : rows) {
            NativeTableRow row = table.getBody().addRow();
            values.forEach(value -> row.addDataCell().setText(value));
        }
        return table;
    }

    /** Reviews oldest first as a bar per review (hidden from screen readers, which read the table). */
    static Component chart(List<ReviewInfo> newestFirst) {
        Div chart = new Div();
        chart.addClassName("risk-chart");
        chart.getElement().setAttribute("aria-hidden", "true");
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            ReviewInfo review = newestFirst.get(i);
            Div bar = new Div(new Span(String.valueOf(review.residual().score())));
            bar.addClassName("risk-chart-bar");
            bar.getStyle().set("height", (review.residual().score() * 4) + "%");
            bar.setTitle(Dates.format(review.reviewedOn()) + ": " + review.residual().score() + " " + review.band());
            chart.add(bar);
        }
        return chart;
    }

    static NativeTable reviews(List<ReviewInfo> reviews) {
        return table("Reviews, newest first", List.of("Date", "Reviewer", "Likelihood × impact", "Score", "Band",
                "Trend", "Commentary", "Next review"), reviews.stream().map(r -> List.of(Dates.format(r.reviewedOn()),
                r.reviewer(), r.residual().likelihood() + " × " + r.residual().impact(),
                String.valueOf(r.residual().score()), r.band(), r.trend().label(), r.commentary(),
                Dates.format(r.nextReviewOn()))).toList());
    }

    static NativeTable snapshots(List<SnapshotInfo> snapshots) {
        return table("Residual score in each issued board report", List.of("Half-term", "Report issued", "Score",
                "Band", "Level"), snapshots.stream().map(s -> List.of(s.halfTerm(),
                Dates.format(s.takenAt(), ZoneId.of("Europe/London")), String.valueOf(s.residual().score()), s.band(),
                s.level().label())).toList());
    }

    static NativeTable escalations(List<EscalationInfo> moves, ZoneId zone) {
        return table("Escalations and de-escalations, newest first", List.of("When", "From", "To", "By", "Why"),
                moves.stream().map(m -> List.of(Dates.format(m.at(), zone), m.from().label(), m.to().label(), m.who(),
                        m.reason())).toList());
    }

    static NativeTable tolerances(List<ToleranceInfo> decisions, ZoneId zone) {
        return table("Tolerance decisions, newest first", List.of("Accepted by", "When", "Why", "Until",
                "At score", "Lapsed"), decisions.stream().map(t -> List.of(t.acceptedBy(),
                Dates.format(t.acceptedAt(), zone), t.reason(), Dates.format(t.expiresOn()),
                String.valueOf(t.atScore()), t.standing() ? "Standing" : Dates.format(t.lapsedAt(), zone) + ": "
                        + t.lapseReason())).toList());
    }

    static Component actions(List<LinkedAction> actions) {
        if (actions.isEmpty()) {
            return new Paragraph("No mitigating actions are linked.");
        }
        Div list = new Div();
        for (LinkedAction action : actions) {
            // A plain link by path: the risk module depends on the action module's services, not its screens.
            Anchor link = new Anchor("actions/" + action.id(), action.reference() + " " + action.title());
            link.getElement().setAttribute("router-link", true);
            Div line = new Div(link, new Span(" "),
                    new RagBadge(action.rag()), new Span(" " + action.status() + (action.dueDate() == null ? ""
                            : ", due " + Dates.format(action.dueDate()))));
            if (action.failing() != null) {
                line.add(new Span(" — failing: " + action.failing()));
            }
            list.add(line);
        }
        return list;
    }
}
