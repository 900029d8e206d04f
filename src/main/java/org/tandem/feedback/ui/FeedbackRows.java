package org.tandem.feedback.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.tandem.feedback.FeedbackRow;
import org.tandem.shared.ui.Dates;

/** Short lists of feedback, each line a link to the item with its stage, for the inbox and the officer. */
final class FeedbackRows {

    private FeedbackRows() {
    }

    static Div list(List<FeedbackRow> rows, String whenEmpty) {
        Div box = new Div();
        if (rows.isEmpty()) {
            box.add(new Paragraph(whenEmpty));
            return box;
        }
        UnorderedList list = new UnorderedList();
        rows.forEach(row -> list.add(new ListItem(link(row), new Span(" " + row.stage().label() + ", logged "
                + Dates.format(row.loggedOn()) + (row.overdue() ? " (no response yet: overdue)" : "")))));
        box.add(list);
        return box;
    }

    static RouterLink link(FeedbackRow row) {
        return new RouterLink(summary(row.whatWasSaid()), FeedbackView.class,
                new RouteParameters("id", String.valueOf(row.id())));
    }

    static String summary(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= 90 ? line : line.substring(0, 89) + "…";
    }
}
