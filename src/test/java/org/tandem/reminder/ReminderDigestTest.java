package org.tandem.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.action.ActionDraft;
import org.tandem.action.ActionPlanService;
import org.tandem.action.ActionService;
import org.tandem.feedback.FeedbackFixture;
import org.tandem.feedback.FeedbackRegister;
import org.tandem.feedback.FeedbackService;
import org.tandem.people.Person;
import org.tandem.people.SystemAuthentication;
import org.tandem.support.DigestTest;
import org.tandem.support.PlanFixture;

/** One e-mail per person per day, whatever the number of sources and runs. */
class ReminderDigestTest extends DigestTest {

    static final LocalDate IN_AUTUMN_1 = LocalDate.of(2016, 10, 3);
    static final LocalDate A_DAY = LocalDate.of(2017, 6, 12);

    @Autowired
    PlanFixture plans;
    @Autowired
    ActionService actions;
    @Autowired
    ActionPlanService plan;
    @Autowired
    FeedbackService feedbackService;
    @Autowired
    FeedbackRegister register;

    static Reminder reviewDue(Person person, String risk) {
        return new Reminder(new Recipient(person.id(), person.displayName(), person.email()), "Risk reviews due",
                "Review the risk: " + risk, "risks/7");
    }

    /** An action owned by {@code owner} in 2016's Autumn 1; returns the day its owner is reminded. */
    LocalDate updateDueFor(Person owner, String title) {
        plans.year(2016);
        clock.setDate(IN_AUTUMN_1);
        PlanFixture.Plan thePlan = plans.plan("Digest");
        return SystemAuthentication.call(() -> {
            ActionDraft draft = new ActionDraft();
            // A reference of its own: numbered ones ("1.3") are the demo plan's, which the demo loader skips if taken.
            draft.setReference(unique("RD"));
            draft.setTitle(title);
            draft.setPriorityId(thePlan.priorityId());
            draft.setWorkstreamId(thePlan.workstreamId());
            draft.setOwnerId(owner.id());
            actions.create(draft);
            return plan.updateWindow().orElseThrow().deadline().minusDays(5);
        });
    }

    @Test
    void aPersonWithAnUpdateDueAndAnOverdueResponseGetsOneEmailWithBothHeadings() {
        FeedbackFixture feedback = new FeedbackFixture(people, users, feedbackService, register, true);
        LocalDate reminderDay = updateDueFor(feedback.officer, "We will publish the short-breaks statement");
        clock.setDate(reminderDay.minusDays(40));
        feedback.assigned("Parents said the short-breaks inbox never replies.", reminderDay.minusDays(40));

        clock.setDate(reminderDay);
        runDigest();

        String body = onlyDigestTo(feedback.officer.email());
        assertThat(body).contains("updates, due by").contains("We will publish the short-breaks statement")
                .contains("\"You said, we did\": responses overdue").contains("short-breaks inbox never replies");
        assertThat(body.indexOf("updates, due by")).isLessThan(body.indexOf("responses overdue"));
    }

    @Test
    void aSecondRunOnTheSameDaySendsNobodyAnythingAgain() {
        Person person = person("Rita Twice", true);
        extraReminders.add(reviewDue(person, "Too few specialist places"));
        clock.setDate(A_DAY);

        DigestRun first = runDigest();
        DigestRun second = runDigest();

        assertThat(digestsTo(person.email())).hasSize(1);
        assertThat(first.sent()).isPositive();
        assertThat(second.sent()).isZero();
        assertThat(second.alreadySent()).isGreaterThanOrEqualTo(1);

        clock.setDate(A_DAY.plusDays(1));
        runDigest();
        assertThat(digestsTo(person.email())).as("the next day's digest").hasSize(2);
    }

    @Test
    void aPersonWithNoEmailAddressIsSkippedAndEveryoneElseStillGetsTheirs() {
        Person withoutAddress = person("Nora Noaddress", false);
        Person withAddress = person("Adam Address", true);
        extraReminders.add(reviewDue(withoutAddress, "Waiting times for EHC needs assessments"));
        extraReminders.add(reviewDue(withAddress, "Waiting times for EHC needs assessments"));
        clock.setDate(A_DAY.plusDays(7));

        DigestRun run = runDigest();

        assertThat(run.withoutEmail()).isGreaterThanOrEqualTo(1);
        assertThat(onlyDigestTo(withAddress.email())).contains("Dear Adam Address");
    }

    @Test
    void aSourceDeclaredByAnotherFeatureAddsItsLinesToTheSameEmailWithoutAJobOfItsOwn() {
        Person owner = person("Sunita Sources", true);
        LocalDate reminderDay = updateDueFor(owner, "We will agree the joint commissioning plan");
        extraReminders.add(reviewDue(owner, "High-needs block deficit"));
        extraReminders.add(reviewDue(owner, "Health visitor vacancies"));

        clock.setDate(reminderDay);
        runDigest();

        String body = onlyDigestTo(owner.email());
        assertThat(body).contains("We will agree the joint commissioning plan").contains("Risk reviews due\n")
                .contains("- Review the risk: High-needs block deficit\n  " + BASE_URL + "/risks/7")
                .contains("- Review the risk: Health visitor vacancies");
        assertThat(body.split("Risk reviews due", -1)).as("one heading for both lines").hasSize(2);
    }

    @Test
    void aSourceThatFailsIsLeftOutAndTheOtherSourcesStillSend() {
        Person owner = person("Frank Failing", true);
        LocalDate reminderDay = updateDueFor(owner, "We will keep going when a source fails");
        extraReminders.failing(true);

        clock.setDate(reminderDay);
        runDigest();

        assertThat(onlyDigestTo(owner.email())).contains("We will keep going when a source fails");
    }

    @Test
    void textTypedOnSeveralLinesStaysOnOneAndALongListIsCounted() {
        Person person = person("Lena Long", true);
        extraReminders.add(new Reminder(new Recipient(person.id(), person.displayName(), person.email()),
                "Measures due", "Enter the value of:\nEHC plans issued\r\nwithin 20 weeks", "measures/1"));
        for (int i = 0; i < DigestText.LINES_PER_HEADING + 2; i++) {
            extraReminders.add(reviewDue(person, "Risk " + i));
        }
        clock.setDate(A_DAY.plusDays(14));

        runDigest();

        assertThat(onlyDigestTo(person.email())).contains("- Enter the value of: EHC plans issued within 20 weeks\n")
                .contains("- Review the risk: Risk " + (DigestText.LINES_PER_HEADING - 1) + "\n")
                .doesNotContain("Risk " + DigestText.LINES_PER_HEADING + "\n")
                .contains("- and 2 more in Tandem: " + BASE_URL + "/\n");
    }
}
