package org.tandem.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;

/**
 * Shown in a form when someone else saved the same record first: their values, next to the user's own, which
 * stay in the form. Saving again replaces theirs knowingly; cancelling keeps theirs. Nothing is lost either way.
 */
public class ConflictNotice extends Div {

    public ConflictNotice() {
        addClassName("conflict-notice");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    /** @param theirs field label → the value now saved, for the fields where it differs from the form */
    public void show(String what, Map<String, String> theirs) {
        removeAll();
        add(new Paragraph("Someone else saved " + what + " while you were editing it. Your changes are still in "
                + "the form and were not saved. Save again to replace their version with yours, or cancel to keep "
                + "theirs."));
        if (!theirs.isEmpty()) {
            UnorderedList list = new UnorderedList();
            theirs.forEach((field, value) -> list.add(new ListItem(field + " now reads: "
                    + (value == null || value.isBlank() ? "(empty)" : value))));
            add(new Paragraph("What they saved:"), list);
        }
        setVisible(true);
    }
}
