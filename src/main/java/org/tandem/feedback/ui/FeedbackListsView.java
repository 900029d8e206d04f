package org.tandem.feedback.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tandem.feedback.FeedbackLists;
import org.tandem.feedback.ListKind;
import org.tandem.shared.TandemProperties;
import org.tandem.people.Roles;

/** The admin's lists of feedback channels and themes: add, rename, reorder, retire and restore. */
@Route("admin/feedback-lists")
@PageTitle("Channels and themes | Tandem")
@Menu(order = 94, icon = "vaadin:tags", title = "Channels and themes")
@RolesAllowed(Roles.ADMIN)
public class FeedbackListsView extends Main {

    final ListSection channels;
    final ListSection themes;

    public FeedbackListsView(FeedbackLists lists, TandemProperties properties) {
        addClassName("page");
        channels = new ListSection(ListKind.CHANNEL, lists, properties.timeZone());
        themes = new ListSection(ListKind.THEME, lists, properties.timeZone());
        add(new H1("Feedback channels and themes"), new Paragraph("Reps choose from these lists when they log "
                + "what families said. Nothing is deleted: a retired value is no longer offered for new feedback, "
                + "but items that have it keep it, in the register and on the public page."), channels, themes);
    }
}
