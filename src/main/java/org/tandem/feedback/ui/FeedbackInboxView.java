package org.tandem.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.tandem.feedback.FeedbackRegister;
import org.tandem.people.Roles;

/** A forum rep's inbox: what awaits the forum's agreement, what is ready to publish, and what they logged. */
@Route("feedback/inbox")
@PageTitle("Feedback inbox | Tandem")
@Menu(order = 31, icon = "vaadin:inbox", title = "Feedback inbox")
@RolesAllowed({Roles.FORUM_REP, Roles.ADMIN})
public class FeedbackInboxView extends Main {

    private final FeedbackRegister register;
    private final Section content = new Section();

    public FeedbackInboxView(FeedbackRegister register, FeedbackEditing editing) {
        this.register = register;
        addClassName("page");
        Button log = new Button("Log feedback", event -> editing.log(id -> getUI().ifPresent(ui ->
                ui.navigate(FeedbackView.class, new RouteParameters("id", String.valueOf(id))))));
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Feedback inbox"), log, content);
        refresh();
    }

    void refresh() {
        content.removeAll();
        content.add(new H2("Awaiting the forum's agreement"), FeedbackRows.list(register.awaitingAgreement(),
                "No responses are waiting for agreement."));
        content.add(new H2("Agreed, ready to publish"), FeedbackRows.list(register.readyToPublish(),
                "Nothing is waiting to be published."));
        content.add(new H2("What you logged"), FeedbackRows.list(register.loggedByMe(),
                "You have not logged any feedback yet."));
    }
}
