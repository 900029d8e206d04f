package org.tandem.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tandem.calendar.CalendarService;
import org.tandem.people.InitialPeople;
import org.tandem.people.Role;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.people.SystemAuthentication;
import org.tandem.shared.ValidationProblem;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;
import org.tandem.support.PlanFixture;

class ActionServiceTest extends IntegrationTest {

    static final LocalDate IN_AUTUMN_2 = LocalDate.of(2031, 11, 20);

    @Autowired
    ActionService actions;
    @Autowired
    ActionPlanService plan;
    @Autowired
    PlanFixture fixture;
    @Autowired
    CalendarService calendar;
    @Autowired
    InitialPeople people;
    @Autowired
    MutableClock clock;

    PlanFixture.Plan thePlan;

    @BeforeEach
    void aPlanInAutumn() {
        fixture.year(2031);
        clock.setDate(IN_AUTUMN_2);
        thePlan = fixture.plan("Actions");
    }

    @AfterEach
    void signOutAndRealTime() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    void signInAs(String username, Role... roles) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(username, null,
                java.util.Arrays.stream(roles).map(Role::authority).toArray(String[]::new)));
    }

    long newAction(String title) {
        return fixture.action(thePlan, title, IN_AUTUMN_2.minusMonths(2), IN_AUTUMN_2.plusMonths(6));
    }

    @Test
    void referencesAreNumberedWithinTheirPriority() {
        long first = newAction("We will publish a clear guide to EHC needs assessments");
        long second = newAction("We will answer every enquiry within 10 working days");
        SystemAuthentication.run(() -> {
            String a = plan.details(first).reference();
            String b = plan.details(second).reference();
            String prefix = a.substring(0, a.indexOf('.') + 1);
            int number = Integer.parseInt(a.substring(prefix.length()));
            assertThat(b).isEqualTo(prefix + (number + 1));
        });
    }

    @Test
    void aDueDateBeforeTheStartAndOverlongTextAreRefusedAndNothingIsSaved() {
        SystemAuthentication.run(() -> {
            ActionDraft draft = new ActionDraft();
            draft.setTitle("We will do it backwards");
            draft.setPriorityId(thePlan.priorityId());
            draft.setStartDate(LocalDate.of(2031, 10, 1));
            draft.setDueDate(LocalDate.of(2031, 9, 1));
            assertThatThrownBy(() -> actions.create(draft)).isInstanceOf(ValidationProblem.class)
                    .hasMessageContaining("due date");
            draft.setDueDate(null);
            draft.setTitle("x".repeat(ActionItem.TITLE_LENGTH + 1));
            assertThatThrownBy(() -> actions.create(draft)).isInstanceOf(ValidationProblem.class)
                    .hasMessageContaining(String.valueOf(ActionItem.TITLE_LENGTH));
            assertThat(plan.count(ActionFilter.none().withPriority(thePlan.priorityId()))).isZero();
        });
    }

    @Test
    void theLeadGivesOneUpdateAHalfTermAndMayChangeItUntilTheHalfTermCloses() {
        // Closing a half-term is for good, so this test has a school year of its own.
        fixture.year(2032);
        clock.setDate(LocalDate.of(2032, 11, 20));
        long id = newAction("We will train SENCOs in the graduated approach");
        signInAs(thePlan.lead().username(), Role.WORKSTREAM_LEAD);
        actions.postUpdate(id, plan.details(id).version(),
                UpdateDraft.of(ActionStatus.AT_RISK, 40, "Two of four sessions ran; venues are hard to find."));
        actions.postUpdate(id, plan.details(id).version(),
                UpdateDraft.of(ActionStatus.ON_TRACK, 50, "Three of four sessions ran; a venue is booked."));

        List<UpdateInfo> updates = plan.updates(id);
        assertThat(updates).singleElement().satisfies(update -> {
            assertThat(update.percentComplete()).isEqualTo(50);
            assertThat(update.author()).isEqualTo(thePlan.lead().username());
            assertThat(update.editable()).isTrue();
        });
        assertThat(plan.details(id).status()).isEqualTo(ActionStatus.ON_TRACK);

        SystemAuthentication.run(() -> calendar.closeHalfTerm(calendar.current().orElseThrow().id()));
        assertThatThrownBy(() -> actions.postUpdate(id, plan.details(id).version(),
                UpdateDraft.of(ActionStatus.ON_TRACK, 60, "Too late")))
                .isInstanceOf(ValidationProblem.class).hasMessageContaining("closed");
        assertThat(plan.updates(id).getFirst().editable()).isFalse();
    }

    @Test
    void aPercentOutsideZeroToAHundredIsRefused() {
        long id = newAction("We will hold a parents' survey");
        signInAs(thePlan.lead().username(), Role.WORKSTREAM_LEAD);
        assertThatThrownBy(() -> actions.postUpdate(id, plan.details(id).version(),
                UpdateDraft.of(ActionStatus.ON_TRACK, 140, "Over-achieved")))
                .isInstanceOf(ValidationProblem.class).hasMessageContaining("0 to 100");
        assertThat(plan.updates(id)).isEmpty();
    }

    @Test
    void anotherWorkstreamsLeadAndABoardMemberCannotChangeTheAction() {
        long id = newAction("We will review transport policy with families");
        String other = unique("otherlead");
        people.user(other, "Other Lead", null, null, PlanFixture.PASSWORD, List.of(Role.WORKSTREAM_LEAD));
        signInAs(other, Role.WORKSTREAM_LEAD);
        assertThatThrownBy(() -> actions.postUpdate(id, plan.details(id).version(),
                UpdateDraft.of(ActionStatus.ON_TRACK, 10, "Not mine"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.edit(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(plan.details(id).mayEdit()).isFalse();

        signInAs("a-board-member", Role.BOARD_MEMBER);
        assertThatThrownBy(() -> actions.cancel(id, 0, "No")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void completingNeedsADateAndAFinalUpdateAndCancellingNeedsAReason() {
        long done = newAction("We will publish the new Local Offer pages");
        long dropped = newAction("We will run a pilot that lost its funding");
        signInAs(thePlan.lead().username(), Role.WORKSTREAM_LEAD);
        assertThatThrownBy(() -> actions.complete(done, plan.details(done).version(), null, "Done"))
                .isInstanceOf(ValidationProblem.class).hasMessageContaining("date");
        assertThatThrownBy(() -> actions.complete(done, plan.details(done).version(), IN_AUTUMN_2, " "))
                .isInstanceOf(ValidationProblem.class);
        actions.complete(done, plan.details(done).version(), IN_AUTUMN_2.minusDays(1),
                "The pages are live and families found answers faster in testing.");
        assertThat(plan.details(done).status()).isEqualTo(ActionStatus.COMPLETE);
        assertThat(plan.details(done).percentComplete()).isEqualTo(100);
        assertThat(plan.updates(done).getFirst().status()).isEqualTo(ActionStatus.COMPLETE);

        assertThatThrownBy(() -> actions.cancel(dropped, plan.details(dropped).version(), ""))
                .isInstanceOf(ValidationProblem.class).hasMessageContaining("why");
        actions.cancel(dropped, plan.details(dropped).version(), "The funding ended in October.");
        assertThat(plan.details(dropped).cancelReason()).isEqualTo("The funding ended in October.");
    }

    @Test
    void theSecondOfTwoPeopleSavingTheSameActionIsToldAndTheFirstIsKept() {
        long id = newAction("We will agree a joint commissioning plan");
        SystemAuthentication.run(() -> {
            ActionDraft first = actions.edit(id);
            ActionDraft second = actions.edit(id);
            first.setTitle("We will agree a joint commissioning plan by March");
            actions.update(first);
            second.setTitle("We will agree it some day");
            assertThatThrownBy(() -> actions.update(second)).isInstanceOf(ConcurrentEditException.class);
            assertThat(plan.details(id).title()).isEqualTo("We will agree a joint commissioning plan by March");
        });
    }

    @Test
    void referencesSortAsPeopleReadThemAcrossPagesAndInTheExport() {
        // A prefix of this run's own, since references are unique across the database the tests share.
        String prefix = "Q" + java.util.UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4) + "-";
        SystemAuthentication.run(() -> {
            for (String reference : List.of("2.10", "10.1", "2.2", "2.11", "2.1")) {
                ActionDraft draft = new ActionDraft();
                draft.setReference(prefix + reference);
                draft.setTitle("We will sort " + reference);
                draft.setPriorityId(thePlan.priorityId());
                actions.create(draft);
            }
            ActionFilter ours = ActionFilter.none().withPriority(thePlan.priorityId());
            List<String> pages = new java.util.ArrayList<>();
            for (int page = 0; page < 3; page++) {
                var sort = org.springframework.data.domain.Sort.by("reference");
                plan.list(ours, org.springframework.data.domain.PageRequest.of(page, 2, sort)).getContent()
                        .forEach(row -> pages.add(row.reference().substring(prefix.length())));
            }
            assertThat(pages).containsExactly("2.1", "2.2", "2.10", "2.11", "10.1");
            assertThat(plan.export(ours)).extracting(row -> row.reference().substring(prefix.length()))
                    .containsExactly("2.1", "2.2", "2.10", "2.11", "10.1");
            var newestFirst = org.springframework.data.domain.Sort.by("reference").descending();
            assertThat(plan.list(ours, org.springframework.data.domain.PageRequest.of(0, 2, newestFirst))
                    .getContent()).extracting(row -> row.reference().substring(prefix.length()))
                    .containsExactly("10.1", "2.11");
        });
    }

    @Test
    void aDuplicateReferenceIsRefusedAtItsField() {
        long id = newAction("We will keep one reference each");
        SystemAuthentication.run(() -> {
            ActionDraft draft = new ActionDraft();
            draft.setTitle("We will copy a reference");
            draft.setPriorityId(thePlan.priorityId());
            draft.setReference(plan.details(id).reference());
            assertThatThrownBy(() -> actions.create(draft)).isInstanceOf(ValidationProblem.class)
                    .satisfies(e -> assertThat(((ValidationProblem) e).field()).isEqualTo("reference"));
        });
    }

    @Test
    void anUpdateOverdueActionIsFoundOnceTheDeadlinePasses() {
        long waiting = newAction("We will wait for an update");
        long updated = newAction("We will give an update");
        signInAs(thePlan.lead().username(), Role.WORKSTREAM_LEAD);
        actions.postUpdate(updated, plan.details(updated).version(),
                UpdateDraft.of(ActionStatus.ON_TRACK, 20, "Started well."));
        ActionFilter overdueUpdates = ActionFilter.none().withPriority(thePlan.priorityId()).withUpdateOverdue(true);

        var window = plan.updateWindow().orElseThrow();
        clock.setDate(window.deadline());
        assertThat(plan.count(overdueUpdates)).isZero();
        clock.setDate(window.deadline().plusDays(1));
        assertThat(plan.list(overdueUpdates, org.springframework.data.domain.Pageable.ofSize(10)).getContent())
                .extracting(ActionRow::id).containsExactly(waiting);
        assertThat(Set.copyOf(plan.mine().stream().filter(ActionRow::updateDue).map(ActionRow::id).toList()))
                .contains(waiting).doesNotContain(updated);
    }
}
