package org.tandem.feedback.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.tandem.feedback.FeedbackRegister;

/** An officer's list of feedback assigned to them that still needs a response. */
@Route("feedback/responses")
@PageTitle("Responses to write | Tandem")
@Menu(order = 32, icon = "vaadin:pencil", title = "Responses to write")
@PermitAll
public class ResponsesToWriteView extends Main {

    public ResponsesToWriteView(FeedbackRegister register) {
        addClassName("page");
        add(new H1("Responses to write"), new Paragraph("Feedback assigned to you that still needs a response. "
                + "Families expect one within " + register.responseDays() + " days."),
                FeedbackRows.list(register.responsesToWrite(), "Nothing is waiting for your response."));
    }
}
