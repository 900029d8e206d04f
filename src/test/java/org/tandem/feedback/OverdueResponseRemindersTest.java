package org.tandem.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.people.Role;
import org.tandem.people.SystemAuthentication;
import org.tandem.reminder.Reminder;
import org.tandem.support.DigestTest;

/** The assigned officer is reminded of every item still waiting for their response after the response days. */
class OverdueResponseRemindersTest extends DigestTest {

    static final LocalDate LOGGED_ON = LocalDate.of(2017, 3, 2);

    @Autowired
    FeedbackService service;
    @Autowired
    FeedbackRegister register;
    @Autowired
    OverdueResponseReminders reminders;

    FeedbackFixture feedback;

    @BeforeEach
    void anOfficerWithAnAddress() {
        feedback = new FeedbackFixture(people, users, service, register, true);
        clock.setDate(LOGGED_ON);
    }

    @Test
    void theOfficerIsRemindedOfAnItemWithNoResponseAfterTheResponseDaysWithALinkToIt() {
        long id = feedback.assigned("Parents said the short-break booking line never answers after 3pm.", LOGGED_ON);

        clock.setDate(LOGGED_ON.plusDays(29));
        runDigest();

        assertThat(onlyDigestTo(feedback.officer.email())).contains("Dear " + feedback.officer.displayName())
                .contains("\"You said, we did\": responses overdue")
                .contains("\"Parents said the short-break booking line never answers after 3pm.\", logged 2 March 2017")
                .contains(BASE_URL + "/feedback/" + id);
    }

    @Test
    void anItemIsListedOnlyOnceItsResponseDaysHavePassedAndNeverOnceAnswered() {
        feedback.drafted("Young people said the youth club ramp is too steep.", LOGGED_ON);
        clock.setDate(LOGGED_ON.plusDays(1));
        long waiting = feedback.assigned("Parents said the new transport forms ask for the same thing twice.",
                LOGGED_ON);

        clock.setDate(LOGGED_ON.plusDays(29));
        runDigest();
        assertThat(digestsTo(feedback.officer.email())).isEmpty();

        clock.setDate(LOGGED_ON.plusDays(30));
        runDigest();
        assertThat(onlyDigestTo(feedback.officer.email())).contains(BASE_URL + "/feedback/" + waiting)
                .contains("transport forms").doesNotContain("youth club ramp");
    }

    @Test
    void theOfficersHomePageListsTheSameOverdueItemsAsTheirDigestAndNobodyElsesHomePageDoes() {
        long id = feedback.assigned("Parents said the ramp at the youth club is still too steep.", LOGGED_ON);
        LocalDate later = LOGGED_ON.plusDays(29);

        var home = SystemAuthentication.call(() -> reminders.waitingFor(feedback.officer.id(), later));

        assertThat(home).extracting(Reminder::link).contains("feedback/" + id);
        assertThat(home).isEqualTo(SystemAuthentication.call(() -> reminders.due(later)).stream()
                .filter(reminder -> reminder.recipient().userId() == feedback.officer.id()).toList());
        long rep = SystemAuthentication.call(() -> users.peopleWithRole(Role.FORUM_REP)).stream()
                .filter(person -> person.username().equals(feedback.rep)).findFirst().orElseThrow().id();
        assertThat(SystemAuthentication.call(() -> reminders.waitingFor(rep, later))).isEmpty();
    }
}
