package org.tandem.glossary;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Abbr;
import java.util.List;

/** Puts text with its abbreviations marked (and spelt out on first use) into a component, as text nodes only. */
public final class PlainWords {

    private PlainWords() {
    }

    public static <T extends HasComponents> T fill(T container, List<FirstUse.Piece> pieces) {
        for (FirstUse.Piece piece : pieces) {
            if (piece.longForm() == null) {
                container.add(new Text(piece.text()));
                continue;
            }
            Abbr abbreviation = new Abbr(piece.text());
            abbreviation.setTitle(piece.longForm());
            container.add(abbreviation);
            if (piece.first()) {
                container.add(new Text(" (" + piece.longForm() + ")"));
            }
        }
        return container;
    }
}
