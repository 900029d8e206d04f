package org.tandem.people;

import static org.tandem.support.PermissionTable.ADMIN;
import static org.tandem.support.PermissionTable.EVERYONE;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PermissionTable;

/**
 * Who may do what with people and partner organisations: admins keep them, everyone signed in picks people and
 * organisations from lists and changes their own password, and signing in looks up credentials for anyone.
 * Changes are given a broken rule or an id that names nothing, so nobody is added, changed or disabled here.
 */
class PeoplePermissionsTest extends IntegrationTest {

    static final long NO_SUCH = -1;

    @Autowired
    UserService users;
    @Autowired
    OrganisationService organisations;
    @Autowired
    InitialPeople people;

    PermissionTable table;

    @BeforeEach
    void theTable() {
        table = new PermissionTable(people, users)
                .row("UserService.list", ADMIN, actor -> () -> users.list("", null, PageRequest.of(0, 1)))
                .row("UserService.edit", ADMIN, actor -> () -> users.edit(NO_SUCH))
                .row("UserService.create", ADMIN, actor -> () -> users.create(new UserDraft(), ""))
                .row("UserService.update", ADMIN, actor -> () -> users.update(new UserDraft()))
                .row("UserService.disable", ADMIN, actor -> () -> users.disable(NO_SUCH, 0))
                .row("UserService.enable", ADMIN, actor -> () -> users.enable(NO_SUCH, 0))
                .row("UserService.resetPassword", ADMIN, actor -> () -> users.resetPassword(NO_SUCH, "short"))
                .row("UserService.countEnabledByRole", ADMIN, actor -> users::countEnabledByRole)
                .row("UserService.history", ADMIN, actor -> () -> users.history(NO_SUCH))
                // Always the person's own: the service takes no one else's account.
                .row("UserService.changeOwnPassword", EVERYONE,
                        actor -> () -> users.changeOwnPassword("not the current one", "a new long passphrase"))
                .row("UserService.mayManagePeople", EVERYONE, actor -> users::mayManagePeople)
                .row("UserService.peopleWithRole", EVERYONE, actor -> () -> users.peopleWithRole(Role.ADMIN))
                .row("UserService.people", EVERYONE, actor -> () -> users.people(Set.of(NO_SUCH)))
                .row("UserService.everyone", EVERYONE, actor -> users::everyone)
                .row("UserService.findPeople", EVERYONE, actor -> () -> users.findPeople("", PageRequest.of(0, 1)))
                .row("UserService.namesByUsername", EVERYONE, actor -> () -> users.namesByUsername(Set.of("nobody")))
                .row("UserService.me", EVERYONE, actor -> users::me)
                .rowForAnyone("UserService.findCredentials", actor -> () -> users.findCredentials("nobody"))
                .row("OrganisationService.list", EVERYONE, actor -> organisations::list)
                .row("OrganisationService.create", ADMIN,
                        actor -> () -> organisations.create("", OrganisationKind.COUNCIL))
                .row("OrganisationService.update", ADMIN,
                        actor -> () -> organisations.update(NO_SUCH, 0, "", OrganisationKind.COUNCIL))
                .row("OrganisationService.history", ADMIN, actor -> () -> organisations.history(NO_SUCH));
    }

    @Test
    void adminsKeepPeopleAndOrganisationsAndEveryoneSignedInPicksFromThemAndChangesTheirOwnPassword() {
        table.check();
    }

    @Test
    void everyOperationOnPeopleHasARowSoAddingOneWithoutARowFails() {
        table.assertCovers(UserService.class, OrganisationService.class);
    }
}
