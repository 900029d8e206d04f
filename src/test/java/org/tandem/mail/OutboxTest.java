package org.tandem.mail;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
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
    void onlyAdminsReadTheOutbox() {
        loginAs("outbox-forum", Role.FORUM_REP);
        assertThatThrownBy(() -> mail.outbox(Pageable.ofSize(5))).isInstanceOf(AccessDeniedException.class);
    }
}
