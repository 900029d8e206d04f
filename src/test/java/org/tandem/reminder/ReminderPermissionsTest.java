package org.tandem.reminder;

import static org.tandem.support.PermissionTable.EVERYONE;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.people.InitialPeople;
import org.tandem.people.UserService;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PermissionTable;

/**
 * What waits for a person is theirs to see, whoever they are, and nobody's when nobody is signed in. (Sending the
 * day's digests is the admins' and the job's, tried in ReminderDigestTest: run here it would send everyone's.)
 */
class ReminderPermissionsTest extends IntegrationTest {

    @Autowired
    WaitingWork waiting;
    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;

    PermissionTable table;

    @BeforeEach
    void theTable() {
        table = new PermissionTable(people, users)
                .row("WaitingWork.forMe", EVERYONE, actor -> waiting::forMe);
    }

    @Test
    void everyoneSignedInSeesWhatWaitsForThemAndNobodyElseDoes() {
        table.check();
    }

    @Test
    void everyOperationOnWhatWaitsHasARowSoAddingOneWithoutARowFails() {
        table.assertCovers(WaitingWork.class);
    }
}
