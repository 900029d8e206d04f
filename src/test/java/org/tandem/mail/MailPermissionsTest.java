package org.tandem.mail;

import static org.tandem.support.PermissionTable.ADMIN;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.tandem.people.InitialPeople;
import org.tandem.people.UserService;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PermissionTable;

/**
 * Who may read the outbox: admins only. Sending is the system's (the digest, the report, notifications), never a
 * screen's, so it asks nobody's permission and the table says so.
 */
class MailPermissionsTest extends IntegrationTest {

    @Autowired
    MailService mail;
    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;

    PermissionTable table;

    @BeforeEach
    void theTable() {
        table = new PermissionTable(people, users)
                .row("MailService.outbox", ADMIN, actor -> () -> mail.outbox(PageRequest.of(0, 1)))
                .row("MailService.html", ADMIN, actor -> () -> mail.html(-1))
                .rowForAnyone("MailService.send", actor -> () -> mail.send("nobody@example.invalid",
                        "Permission table", "Sent by the mail permission table."))
                .rowForAnyone("MailService.deliver", actor -> () -> mail.deliver(new MailMessage(
                        "nobody@example.invalid", "Permission table", "Sent by the mail permission table.", null,
                        List.of(), List.of(), null)));
    }

    @Test
    void onlyAdminsReadTheOutboxAndSendingIsTheSystemsOwn() {
        table.check();
    }

    @Test
    void everyOperationOfTheMailServiceHasARowSoAddingOneWithoutARowFails() {
        table.assertCovers(MailService.class);
    }
}
