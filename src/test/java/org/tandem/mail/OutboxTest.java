package org.tandem.mail;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Pre;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.tandem.mail.ui.OutboxView;
import org.tandem.people.Role;
import org.tandem.people.SystemAuthentication;
import org.tandem.support.UiTest;

/** With no mail server set, e-mail waits in the outbox, which only admins read. */
class OutboxTest extends UiTest {

    @Autowired
    MailService mail;
    @Autowired
    org.tandem.support.MutableClock clock;

    @org.junit.jupiter.api.AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void withNoMailServerAnEmailWaitsInTheOutboxWhereAnAdminReadsIt() {
        // Later than any e-mail other tests stamp with their own dates, so that it is among the newest.
        clock.setDate(java.time.LocalDate.of(2037, 12, 31));
        String subject = unique("Your update is due");
        assertThat(mail.send("lead@riverside.example", subject, "Please give the Autumn 2 update.\n<b>Thanks</b>"))
                .isEqualTo(MailStatus.OUTBOX);

        var newest = SystemAuthentication.call(() -> mail.outbox(Pageable.ofSize(20))).getContent().stream()
                .filter(entry -> entry.subject().equals(subject)).findFirst().orElseThrow();
        assertThat(newest.recipient()).isEqualTo("lead@riverside.example");
        assertThat(newest.body()).contains("<b>Thanks</b>");

        loginAs("outbox-admin", Role.ADMIN);
        UI.getCurrent().navigate(OutboxView.class);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<OutboxEntry> grid = _get(_get(OutboxView.class),
                com.vaadin.flow.component.grid.Grid.class);
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aReportEmailLongerThanTheOldLimitIsKeptWholeWithItsAttachmentsAndTheAdminReadsItsHtml() {
        clock.setDate(java.time.LocalDate.of(2038, 1, 1));
        String subject = unique("SEND partnership board report: Autumn 2");
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>Report</title></head>"
                + "<body>");
        for (int priority = 1; priority <= 5; priority++) {
            text.append("Priority ").append(priority).append(": Early identification\n");
            html.append("<h2>Priority ").append(priority).append(": Early identification</h2>");
            for (int action = 1; action <= 12; action++) {
                String line = "Action " + priority + "." + action + " is on track; the workstream lead reports that"
                        + " the new assessment pathway has been agreed with health partners and schools.";
                text.append(line).append('\n');
                html.append("<p>").append(line).append("</p>");
            }
        }
        text.append("End of the report.");
        html.append("<p>End of the report.</p></body></html>");
        assertThat(text.length()).isGreaterThan(8_000);
        byte[] pdf = new byte[150 * 1024];
        mail.deliver(new MailMessage("board@riverside.example", subject, text.toString(), html.toString(),
                java.util.List.of(new MailMessage.Part("Autumn 2 board report.pdf", "application/pdf", pdf)),
                java.util.List.of(), null));

        OutboxEntry kept = SystemAuthentication.call(() -> mail.outbox(Pageable.ofSize(20))).getContent().stream()
                .filter(entry -> entry.subject().equals(subject)).findFirst().orElseThrow();
        assertThat(kept.body()).isEqualTo(text.toString()).contains("Priority 5", "End of the report.");
        assertThat(kept.attachments()).extracting(MailAttachment::name, MailAttachment::bytes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Autumn 2 board report.pdf", 150L * 1024));

        loginAs("outbox-admin-2", Role.ADMIN);
        UI.getCurrent().navigate(OutboxView.class);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<OutboxEntry> grid = _get(_get(OutboxView.class),
                com.vaadin.flow.component.grid.Grid.class);
        int row = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .filter(index -> GridKt._get(grid, index).subject().equals(subject)).findFirst().orElseThrow();
        _click(_get(GridKt._getCellComponent(grid, row, "read"), Button.class));

        Dialog dialog = _get(Dialog.class);
        assertThat(_get(dialog, ListItem.class).getText()).isEqualTo("Autumn 2 board report.pdf, 150 KB");
        IFrame frame = _get(dialog, IFrame.class);
        assertThat(frame.getSrcdoc().orElseThrow()).contains("<h2>Priority 5: Early identification</h2>",
                "End of the report.").contains("Content-Security-Policy");
        assertThat(frame.getSandbox().orElseThrow()).as("no scripts, forms or same origin")
                .containsExactly(IFrame.SandboxType.RESTRICT_ALL);
        _get(dialog, com.vaadin.flow.component.details.Details.class).setOpened(true);
        assertThat(_get(dialog, Pre.class).getText()).as("the plain-text part").isEqualTo(text.toString());
    }

    @Test
    void onlyAdminsReadTheOutbox() {
        loginAs("outbox-forum", Role.FORUM_REP);
        assertThatThrownBy(() -> mail.outbox(Pageable.ofSize(5))).isInstanceOf(AccessDeniedException.class);
    }
}
