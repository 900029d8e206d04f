package org.tandem.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.tandem.mail.MailService;
import org.tandem.mail.OutboxEntry;
import org.tandem.shared.TandemProperties;
import org.tandem.shared.ui.Dates;
import org.tandem.people.Roles;

/** Every e-mail Tandem sent or, with no mail server set, would have sent; admins read them here. */
@Route("admin/outbox")
@PageTitle("Outbox | Tandem")
@Menu(order = 93, icon = "vaadin:envelope", title = "Outbox")
@RolesAllowed(Roles.ADMIN)
public class OutboxView extends Main {

    final Grid<OutboxEntry> grid = new Grid<>();
    private final MailService mail;

    public OutboxView(MailService mail, TandemProperties properties) {
        this.mail = mail;
        addClassName("page");
        grid.addColumn(entry -> Dates.format(entry.createdAt(), properties.timeZone())).setHeader("When")
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(OutboxEntry::recipient).setHeader("To").setFlexGrow(1);
        grid.addColumn(OutboxEntry::subject).setHeader("Subject").setFlexGrow(2);
        grid.addColumn(entry -> entry.status().label()).setHeader("Status").setFlexGrow(1);
        grid.addComponentColumn(entry -> {
            Button read = new Button("Read", event -> open(entry));
            read.getElement().setAttribute("aria-label", "Read the e-mail to " + entry.recipient());
            return read;
        }).setHeader("Read").setKey("read").setWidth("7rem").setFlexGrow(0);
        grid.setItems(query -> mail.outbox(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Outgoing e-mail");
        grid.setEmptyStateText("No e-mail yet.");
        add(new H1("Outbox"), new Paragraph("What Tandem sent, newest first. Where no mail server is set, as in the "
                + "demo, nothing leaves: the e-mails wait here."), grid);
        grid.setHeight("65vh");
    }

    private void open(OutboxEntry entry) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(entry.subject());
        dialog.setWidth("min(48rem, 95vw)");
        Pre body = new Pre(entry.body());
        body.addClassName("mail-body");
        // A long e-mail scrolls: as a named, focusable region the keyboard can scroll it too (axe-core:
        // scrollable-region-focusable).
        body.getElement().setAttribute("tabindex", "0");
        body.getElement().setAttribute("role", "region");
        body.getElement().setAttribute("aria-label", "The e-mail");
        dialog.add(new Paragraph("To " + entry.recipient() + ". " + entry.status().label()
                + (entry.error() == null ? "" : ": " + entry.error())));
        if (!entry.attachments().isEmpty()) {
            UnorderedList attached = new UnorderedList();
            entry.attachments().forEach(part -> attached.add(new ListItem(part.label())));
            dialog.add(new Paragraph("Attached:"), attached);
        }
        var html = entry.hasHtml() ? mail.html(entry.id()) : java.util.Optional.<String>empty();
        if (html.isPresent()) {
            // Headed parts rather than tabs: Vaadin's tab strip failed axe-core (aria-required-children) and did
            // not fit a 320 px screen; a closed Details keeps the plain text one step away.
            Details plain = new Details("Plain text", body);
            plain.setWidthFull();
            dialog.add(new H3("As the recipient sees it"), MailFrame.of(html.get(), entry.subject()), plain);
        } else {
            dialog.add(body);
        }
        dialog.getFooter().add(new Button("Close", event -> dialog.close()));
        dialog.open();
    }
}
