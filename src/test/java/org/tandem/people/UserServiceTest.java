package org.tandem.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.shared.ValidationProblem;
import org.tandem.support.IntegrationTest;

@WithMockUser(username = "people-admin", roles = "ADMIN")
class UserServiceTest extends IntegrationTest {

    static final String GOOD_PASSWORD = "river boat lantern smile";

    @Autowired
    UserService users;
    @Autowired
    OrganisationService organisations;
    @Autowired
    PasswordPolicy passwordPolicy;

    static UserDraft draft(String username, Role... roles) {
        UserDraft draft = new UserDraft();
        draft.setUsername(username);
        draft.setDisplayName("Name of " + username);
        draft.setEmail(username + "@example.org");
        draft.setRoles(EnumSet.of(roles[0], roles));
        return draft;
    }

    @Test
    void anAdminCreatesAUserWithRolesAndAnOrganisation() {
        long organisation = organisations.create(unique("Org"), OrganisationKind.NHS);
        UserDraft draft = draft(unique("lead"), Role.WORKSTREAM_LEAD, Role.FORUM_REP);
        draft.setOrganisationId(organisation);

        long id = users.create(draft, GOOD_PASSWORD);

        UserDraft saved = users.edit(id);
        assertThat(saved.getRoles()).containsExactlyInAnyOrder(Role.WORKSTREAM_LEAD, Role.FORUM_REP);
        assertThat(saved.getOrganisationId()).isEqualTo(organisation);
        assertThat(users.list(draft.getUsername(), Role.FORUM_REP, Pageable.ofSize(10)).getContent())
                .extracting(UserSummary::username).containsExactly(draft.getUsername());
    }

    @Test
    void shortCommonAndOverlongPasswordsAreRefusedWithAReason() {
        assertThat(passwordPolicy.commonPasswordCount()).isGreaterThanOrEqualTo(9_900);
        assertThat(passwordPolicy.problemWith("short-one")).hasValueSatisfying(p -> assertThat(p).contains("12"));
        assertThat(passwordPolicy.problemWith("1q2w3e4r5t6y")).hasValueSatisfying(
                p -> assertThat(p).contains("common"));
        assertThat(passwordPolicy.problemWith("x".repeat(129))).hasValueSatisfying(p -> assertThat(p).contains("128"));
        assertThat(passwordPolicy.problemWith("alllowercaseandnodigits")).isEmpty();

        assertThatThrownBy(() -> users.create(draft(unique("weak"), Role.FORUM_REP), "password"))
                .isInstanceOf(ValidationProblem.class)
                .satisfies(e -> assertThat(((ValidationProblem) e).field()).isEqualTo("password"));
    }

    @Test
    void aTakenUsernameIsRefusedAtTheField() {
        String username = unique("twin");
        users.create(draft(username, Role.BOARD_MEMBER), GOOD_PASSWORD);
        assertThatThrownBy(() -> users.create(draft(username, Role.BOARD_MEMBER), GOOD_PASSWORD))
                .isInstanceOf(ValidationProblem.class).hasMessageContaining("taken");
    }

    @Test
    void theSecondOfTwoAdminsSavingTheSameUserIsToldAndNothingIsLost() {
        long id = users.create(draft(unique("both"), Role.BOARD_MEMBER), GOOD_PASSWORD);
        UserDraft first = users.edit(id);
        UserDraft second = users.edit(id);
        first.setDisplayName("Changed by the first admin");
        users.update(first);

        second.setDisplayName("Changed by the second admin");
        assertThatThrownBy(() -> users.update(second)).isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("Someone else saved");
        assertThat(users.edit(id).getDisplayName()).isEqualTo("Changed by the first admin");
    }

    @Test
    void historyRecordsWhoChangedWhatWithBeforeAndAfterButNeverThePassword() {
        long id = users.create(draft(unique("hist"), Role.FORUM_REP), GOOD_PASSWORD);
        UserDraft draft = users.edit(id);
        draft.setDisplayName("Renamed Person");
        users.update(draft);
        users.resetPassword(id, "another long passphrase");

        var history = users.history(id);
        assertThat(history).hasSize(3);
        assertThat(history.getFirst().changes()).singleElement().satisfies(change -> {
            assertThat(change.field()).isEqualTo("Password");
            assertThat(change.after()).isEqualTo("(changed)");
        });
        assertThat(history.get(1).who()).isEqualTo("people-admin");
        assertThat(history.get(1).changes()).anySatisfy(change -> {
            assertThat(change.field()).isEqualTo("Name");
            assertThat(change.before()).startsWith("Name of hist-");
            assertThat(change.after()).isEqualTo("Renamed Person");
        });
        assertThat(history.getLast().kind().label()).isEqualTo("Created");
    }

    @Test
    void adminsSeeHowManyActiveUsersHoldEachRole() {
        long before = users.countEnabledByRole().get(Role.BOARD_MEMBER);
        long id = users.create(draft(unique("count"), Role.BOARD_MEMBER), GOOD_PASSWORD);
        assertThat(users.countEnabledByRole().get(Role.BOARD_MEMBER)).isEqualTo(before + 1);
        users.disable(id, users.edit(id).getVersion());
        assertThat(users.countEnabledByRole().get(Role.BOARD_MEMBER)).isEqualTo(before);
    }

    @Test
    void aPickerFindsPeopleAPageAtATimeByNameAndNeverOffersSomeoneDisabled() {
        String common = unique("picker");
        for (String who : new String[] {"c", "a", "b"}) {
            users.create(draft(common + "-" + who, Role.WORKSTREAM_LEAD), GOOD_PASSWORD);
        }
        long gone = users.create(draft(common + "-gone", Role.WORKSTREAM_LEAD), GOOD_PASSWORD);
        users.disable(gone, users.edit(gone).getVersion());

        assertThat(users.findPeople(" " + common.toUpperCase() + " ", PageRequest.of(0, 2)))
                .extracting(Person::username).containsExactly(common + "-a", common + "-b");
        assertThat(users.findPeople("Name of " + common, PageRequest.of(1, 2)))
                .extracting(Person::username).containsExactly(common + "-c");
    }

    @Test
    @WithMockUser(username = "someone", roles = "BOARD_MEMBER")
    void aBoardMemberCannotManageUsersEvenWithoutTheScreen() {
        assertThatThrownBy(() -> users.create(draft(unique("x"), Role.ADMIN), GOOD_PASSWORD))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.list("", null, Pageable.ofSize(5))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.create("Sneaky Org", OrganisationKind.OTHER))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aUserChangesTheirOwnPasswordOnlyWithTheCurrentOne() {
        String username = unique("self");
        users.create(draft(username, Role.FORUM_REP), GOOD_PASSWORD);
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        try {
            context.setAuthentication(new org.springframework.security.authentication.TestingAuthenticationToken(
                    username, null, "ROLE_FORUM_REP"));
            assertThatThrownBy(() -> users.changeOwnPassword("wrong current password", "a fresh long passphrase"))
                    .isInstanceOf(ValidationProblem.class).hasMessageContaining("current password");
            users.changeOwnPassword(GOOD_PASSWORD, "a fresh long passphrase");
            assertThat(users.findCredentials(username)).isPresent();
        } finally {
            context.setAuthentication(previous);
        }
    }
}
