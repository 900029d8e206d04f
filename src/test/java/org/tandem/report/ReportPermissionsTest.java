package org.tandem.report;

import static org.tandem.support.PermissionTable.ADMIN;
import static org.tandem.support.PermissionTable.EVERYONE;
import static org.tandem.support.PermissionTable.roles;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.people.InitialPeople;
import org.tandem.people.Role;
import org.tandem.people.UserService;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PermissionTable;

/**
 * Who may do what with board reports. Ids that name nothing reach the service's own answer ("no longer exists")
 * only once the permission check has let the person through, so no report is issued or sent here.
 */
class ReportPermissionsTest extends IntegrationTest {

    static final long NO_SUCH = -1;
    static final Set<Role> BOARD = roles(Role.ADMIN, Role.BOARD_MEMBER);

    @Autowired
    ReportService reports;
    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;

    PermissionTable table;

    @BeforeEach
    void theTable() {
        table = new PermissionTable(people, users)
                .row("ReportService.mayManage", EVERYONE, actor -> reports::mayManage)
                .row("ReportService.issued", BOARD, actor -> reports::issued)
                .row("ReportService.summary", BOARD, actor -> () -> reports.summary(NO_SUCH))
                .row("ReportService.page", BOARD, actor -> () -> reports.page(NO_SUCH))
                .row("ReportService.pdf", BOARD, actor -> () -> reports.pdf(NO_SUCH))
                .row("ReportService.dueAt", BOARD, actor -> () -> reports.dueAt(NO_SUCH))
                .row("ReportService.issuedFor", BOARD, actor -> () -> reports.issuedFor(NO_SUCH))
                .row("ReportService.preview", ADMIN, actor -> () -> reports.preview(NO_SUCH))
                .row("ReportService.produceNow", ADMIN, actor -> () -> reports.produceNow(NO_SUCH))
                .row("ReportService.deliveries", ADMIN, actor -> () -> reports.deliveries(NO_SUCH))
                .row("ReportService.sendAgain", ADMIN, actor -> () -> reports.sendAgain(NO_SUCH));
    }

    @Test
    void theBoardReadsReportsAndOnlyAdminsPreviewProduceAndResendThem() {
        table.check();
    }

    @Test
    void everyOperationOfTheReportServiceHasARowSoAddingOneWithoutARowFails() {
        table.assertCovers(ReportService.class);
    }
}
