package org.tandem.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.feedback.FeedbackFixture.signInAs;
import static org.tandem.feedback.FeedbackFixture.unique;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tandem.people.InitialPeople;
import org.tandem.people.OrganisationKind;
import org.tandem.people.Role;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.shared.ValidationProblem;
import org.tandem.shared.audit.HistoryEntry;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;

class CoProductionServiceTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.of(2034, 5, 20);

    @Autowired
    CoProductionService service;
    @Autowired
    InitialPeople people;
    @Autowired
    MutableClock clock;

    long organisationId;

    @BeforeEach
    void anOrganisation() {
        clock.setDate(TODAY);
        organisationId = people.organisation(unique("Health trust"), OrganisationKind.NHS);
    }

    @AfterEach
    void signOutAndRealTime() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    static ActivityDraft activity(String title, LocalDate on) {
        return new ActivityDraft(null, 0, on, ActivityKind.WORKSHOP, title, 14, null, 3,
                "The forum rewrote the annual review invitation with us.", Set.of(), Set.of());
    }

    SignatoryDraft signatory(long organisation) {
        return new SignatoryDraft(null, 0, organisation, TODAY.minusDays(10), "Sam Patel",
                "We will involve families in every service review.");
    }

    @Test
    void anAdminRewritesThePledgeAndEveryoneReadsItWithWhoChangedIt() {
        signInAs("admin-pledge", Role.ADMIN);
        PledgeInfo before = service.pledge();
        String text = "We promise to plan with families, not for them. " + unique("p");

        service.rewritePledge(before.version(), text);

        signInAs("board-reader", Role.BOARD_MEMBER);
        PledgeInfo after = service.pledge();
        assertThat(after.text()).isEqualTo(text);
        assertThat(after.changedBy()).isEqualTo("admin-pledge");
        assertThat(service.pledgeHistory()).first().satisfies(entry -> {
            assertThat(entry.who()).isEqualTo("admin-pledge");
            assertThat(entry.changes()).anySatisfy(change -> assertThat(change.after()).isEqualTo(text));
        });
    }

    @Test
    void aForumRepOrBoardMemberCannotChangeThePledgeOrItsSignatories() {
        for (Role role : new Role[] {Role.FORUM_REP, Role.BOARD_MEMBER, Role.WORKSTREAM_LEAD}) {
            signInAs("not-admin", role);
            long version = service.pledge().version();
            assertThatThrownBy(() -> service.rewritePledge(version, "Ours now"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.addSignatory(signatory(organisationId)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(service.mayKeepPledge()).isFalse();
        }
    }

    @Test
    void anEmptyPledgeIsRefusedAtItsField() {
        signInAs("admin", Role.ADMIN);
        long version = service.pledge().version();
        assertThatThrownBy(() -> service.rewritePledge(version, "   "))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.field()).isEqualTo("text"));
    }

    @Test
    void twoAdminsSavingThePledgeFromTheSameVersionLoseNothing() {
        signInAs("admin", Role.ADMIN);
        long version = service.pledge().version();
        service.rewritePledge(version, "First admin's words " + unique("a"));

        assertThatThrownBy(() -> service.rewritePledge(version, "Second admin's words"))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(service.pledge().text()).startsWith("First admin's words");
    }

    @Test
    void anAdminAddsAndEditsASignatoryAndTheHistoryShowsTheChange() {
        signInAs("admin", Role.ADMIN);
        long id = service.addSignatory(signatory(organisationId));
        SignatoryRow row = service.signatories().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
        assertThat(row.contactName()).isEqualTo("Sam Patel");

        service.updateSignatory(new SignatoryDraft(id, row.version(), organisationId, row.signedOn(), "Alex Jones",
                row.commitments()));

        assertThat(service.signatoryHistory(id)).first().satisfies(entry -> assertThat(entry.changes())
                .anySatisfy(change -> {
                    assertThat(change.field()).isEqualTo("Contact");
                    assertThat(change.before()).isEqualTo("Sam Patel");
                    assertThat(change.after()).isEqualTo("Alex Jones");
                }));
        assertThatThrownBy(() -> service.updateSignatory(new SignatoryDraft(id, row.version(), organisationId,
                row.signedOn(), "Someone else", row.commitments()))).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void aSignatoryNeedsAContactCommitmentsAndAPastDate() {
        signInAs("admin", Role.ADMIN);
        assertThatThrownBy(() -> service.addSignatory(new SignatoryDraft(null, 0, organisationId, TODAY, " ",
                "Commitments"))).isInstanceOfSatisfying(ValidationProblem.class,
                        p -> assertThat(p.field()).isEqualTo("contactName"));
        assertThatThrownBy(() -> service.addSignatory(new SignatoryDraft(null, 0, organisationId, TODAY, "Sam",
                "x".repeat(SignatoryDraft.COMMITMENTS_LENGTH + 1)))).isInstanceOfSatisfying(ValidationProblem.class,
                        p -> assertThat(p.field()).isEqualTo("commitments"));
        assertThatThrownBy(() -> service.addSignatory(new SignatoryDraft(null, 0, organisationId,
                TODAY.plusDays(1), "Sam", "Commitments"))).isInstanceOfSatisfying(ValidationProblem.class,
                        p -> assertThat(p.field()).isEqualTo("signedOn"));
        service.addSignatory(signatory(organisationId));
        assertThatThrownBy(() -> service.addSignatory(signatory(organisationId)))
                .isInstanceOfSatisfying(ValidationProblem.class,
                        p -> assertThat(p.field()).isEqualTo("organisationId"));
    }

    @Test
    void aForumRepLogsAnActivityWithWhoTookPartAndCanEditIt() {
        signInAs("rep-log", Role.FORUM_REP);
        String title = unique("Annual review workshop");
        long id = service.logActivity(activity(title, TODAY.minusDays(3)));

        ActivityRow row = service.activities(PageRequest.of(0, 50)).stream().filter(a -> a.id() == id)
                .findFirst().orElseThrow();
        assertThat(row.participants()).isEqualTo("14 parents and carers, 3 professionals");
        assertThat(row.loggedBy()).isEqualTo("rep-log");

        service.updateActivity(new ActivityDraft(id, row.version(), row.heldOn(), ActivityKind.REVIEW_PANEL,
                row.title(), 14, 6, 3, row.whatChanged(), Set.of(), Set.of()));
        assertThat(service.activityHistory(id)).extracting(HistoryEntry::kind)
                .containsExactly(HistoryEntry.Kind.CHANGED, HistoryEntry.Kind.CREATED);
    }

    @Test
    void aBoardMemberOrWorkstreamLeadReadsActivitiesButCannotLogThem() {
        signInAs("board", Role.BOARD_MEMBER, Role.WORKSTREAM_LEAD);
        assertThat(service.activities(PageRequest.of(0, 10))).isNotNull();
        assertThat(service.mayLogActivities()).isFalse();
        assertThatThrownBy(() -> service.logActivity(activity("Not mine", TODAY)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anActivityNeedsPeopleFromAtLeastOneGroupWhatChangedAndADateNotInTheFuture() {
        signInAs("rep", Role.FORUM_REP);
        assertThatThrownBy(() -> service.logActivity(new ActivityDraft(null, 0, TODAY, ActivityKind.SURVEY,
                "Survey", null, 0, null, "Something", Set.of(), Set.of())))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.field()).isEqualTo("parents"));
        assertThatThrownBy(() -> service.logActivity(new ActivityDraft(null, 0, TODAY, ActivityKind.SURVEY,
                "Survey", 5, null, null, " ", Set.of(), Set.of())))
                .isInstanceOfSatisfying(ValidationProblem.class,
                        p -> assertThat(p.field()).isEqualTo("whatChanged"));
        assertThatThrownBy(() -> service.logActivity(activity("Tomorrow", TODAY.plusDays(1))))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.field()).isEqualTo("heldOn"));
        assertThatThrownBy(() -> service.logActivity(new ActivityDraft(null, 0, TODAY, ActivityKind.SURVEY,
                "Survey", 5, null, null, "Changed", Set.of(), Set.of(987_654_321L))))
                .isInstanceOfSatisfying(ValidationProblem.class,
                        p -> assertThat(p.field()).isEqualTo("feedbackIds"));
    }

    @Test
    void twoPeopleEditingTheSameActivityLoseNothing() {
        signInAs("rep", Role.FORUM_REP);
        long id = service.logActivity(activity(unique("Forum meeting"), TODAY));
        ActivityRow row = service.activities(PageRequest.of(0, 50)).stream().filter(a -> a.id() == id)
                .findFirst().orElseThrow();
        service.updateActivity(new ActivityDraft(id, row.version(), row.heldOn(), row.kind(), row.title(), 20,
                null, 3, row.whatChanged(), Set.of(), Set.of()));

        assertThatThrownBy(() -> service.updateActivity(row.toDraft())).isInstanceOf(ConcurrentEditException.class);
    }
}
