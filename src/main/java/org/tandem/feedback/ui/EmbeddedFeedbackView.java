package org.tandem.feedback.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.tandem.feedback.PublicFeedback;
import org.tandem.feedback.PublicQuery;

/**
 * The newest published entries alone, without header or filters, for the Local Offer website to show in a
 * frame. Other sites may frame it only when named in {@code tandem.public.embed-origins}
 * (org.tandem.security.EmbedFraming).
 */
@Route(value = "you-said-we-did/embed", autoLayout = false)
@PageTitle("You said, we did")
@AnonymousAllowed
@StyleSheet("styles/you-said-we-did.css")
public class EmbeddedFeedbackView extends Main {

    static final int SHOWN = 20;

    public EmbeddedFeedbackView(PublicFeedback feedback) {
        addClassName("public-embed");
        PublicEntries entries = new PublicEntries();
        entries.show(feedback.search(new PublicQuery("", null, null, SHOWN)), PublicEntries.Grouping.THEME);
        Anchor all = new Anchor("you-said-we-did", "See everything you said and what we did");
        all.setTarget("_top");
        add(new H1("You said, we did"), entries, all);
    }
}
