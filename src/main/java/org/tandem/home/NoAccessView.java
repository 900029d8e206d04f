package org.tandem.home;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * What a signed-in person sees when they open a page their roles do not include, in every mode: a plain
 * sentence and the way home. Vaadin's own page names the access annotations and, in development mode, lists every
 * route, which helps no one who uses Tandem.
 */
@ParentLayout(MainLayout.class)
@PageTitle("No access | Tandem")
@PermitAll
public class NoAccessView extends Main implements HasErrorParameter<AccessDeniedException> {

    static final String HEADING = "You do not have access to this page";
    static final String REASON = "Your roles in Tandem do not include this page.";

    public NoAccessView() {
        fill(this, REASON);
    }

    /** The refusal's content: the heading, why in a sentence, who to ask, and the way home. */
    static void fill(Main page, String reason) {
        page.removeAll();
        page.addClassName("page");
        page.add(new H1(HEADING));
        page.add(new Paragraph(reason + " If you need it for your work, ask your programme officer."));
        RouterLink home = new RouterLink("Go to your home page", HomeView.class);
        home.setId("no-access-home");
        page.add(new Paragraph(home));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
