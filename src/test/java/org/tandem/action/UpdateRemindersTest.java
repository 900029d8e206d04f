package org.tandem.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.people.Person;
import org.tandem.people.SystemAuthentication;
import org.tandem.support.DigestTest;
import org.tandem.support.PlanFixture;

/** Owners of open actions without this half-term's update are reminded before the deadline, once. */
class UpdateRemindersTest extends DigestTest {

    static final int START_YEAR = 2016;
    static final LocalDate IN_AUTUMN_1 = LocalDate.of(START_YEAR, 10, 1);

    @Autowired
    PlanFixture fixture;
    @Autowired
    ActionService actions;
    @Autowired
    ActionPlanService plan;

    PlanFixture.Plan thePlan;
    LocalDate deadline;
    LocalDate reminderDay;

    @BeforeEach
    void aPlanInAutumn() {
        fixture.year(START_YEAR);
        clock.setDate(IN_AUTUMN_1);
        thePlan = fixture.plan("Reminders");
        deadline = SystemAuthentication.call(() -> plan.updateWindow().orElseThrow().deadline());
        reminderDay = deadline.minusDays(5);
    }

    long actionOwnedBy(Person owner, String title) {
        return SystemAuthentication.call(() -> {
            ActionDraft draft = new ActionDraft();
            // A reference of its own: numbered ones ("1.3") are the demo plan's, which the demo loader skips if taken.
            draft.setReference(unique("RD"));
            draft.setTitle(title);
            draft.setPriorityId(thePlan.priorityId());
            draft.setWorkstreamId(thePlan.workstreamId());
            draft.setOwnerId(owner.id());
            draft.setStartDate(IN_AUTUMN_1.minusMonths(1));
            draft.setDueDate(IN_AUTUMN_1.plusMonths(9));
            return actions.create(draft);
        });
    }

    String reference(long actionId) {
        return SystemAuthentication.call(() -> plan.details(actionId).reference());
    }

    @Test
    void anOwnerWithoutTheUpdateGetsOneDigestListingTheActionWithALinkFiveDaysBeforeTheDeadline() {
        Person owner = person("Olivia Owner", true);
        long id = actionOwnedBy(owner, "We will answer every enquiry within 10 working days");

        clock.setDate(reminderDay);
        runDigest();

        String body = onlyDigestTo(owner.email());
        assertThat(body).contains("Dear Olivia Owner")
                .contains("Autumn 1 2016/17 updates, due by")
                .contains("- " + reference(id) + " We will answer every enquiry within 10 working days")
                .contains(BASE_URL + "/actions/" + id);
    }

    @Test
    void anOwnerWhoHasGivenTheUpdateIsNotReminded() {
        Person owner = person("Uma Updated", true);
        long id = actionOwnedBy(owner, "We will give our update early");
        SystemAuthentication.run(() -> actions.postUpdate(id, plan.details(id).version(),
                UpdateDraft.of(ActionStatus.ON_TRACK, 30, "Two new caseworkers started.")));

        clock.setDate(reminderDay);
        runDigest();

        assertThat(digestsTo(owner.email())).isEmpty();
    }

    @Test
    void noReminderComesBeforeTheReminderDayOrAfterTheDeadline() {
        Person owner = person("Edgar Early", true);
        actionOwnedBy(owner, "We will not be reminded too early or too late");

        clock.setDate(reminderDay.minusDays(1));
        runDigest();
        clock.setDate(deadline.plusDays(1));
        runDigest();

        assertThat(digestsTo(owner.email())).isEmpty();
    }

    @Test
    void anOwnerMissedOnTheReminderDayIsRemindedOnTheNextRunBeforeTheDeadlineAndOnlyOnce() {
        Person owner = person("Liam Late", true);
        long first = actionOwnedBy(owner, "We will survive a day without reminders");
        long second = actionOwnedBy(owner, "We will be listed in the same digest");

        // No run on the reminder day itself (a weekend, an instance down): the next one catches up.
        clock.setDate(reminderDay.plusDays(2));
        runDigest();
        clock.setDate(reminderDay.plusDays(3));
        runDigest();
        clock.setDate(deadline);
        runDigest();

        assertThat(onlyDigestTo(owner.email())).contains(BASE_URL + "/actions/" + first)
                .contains(BASE_URL + "/actions/" + second);
    }
}
