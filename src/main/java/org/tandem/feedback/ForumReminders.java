package org.tandem.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.Person;
import org.tandem.people.Role;
import org.tandem.people.UserService;
import org.tandem.reminder.Recipient;
import org.tandem.reminder.Reminder;
import org.tandem.reminder.ReminderSource;

/**
 * What waits for the parent carer forum on a rep's home page: responses whose public wording the forum is to
 * agree, and agreed answers ready to publish. These are the rep's inbox, which they open themselves, so they are
 * not e-mailed each day.
 */
@Component
@Order(30)
class ForumReminders implements ReminderSource {

    static final String TO_AGREE = "Responses for the forum to agree";
    static final String TO_PUBLISH = "Agreed, ready to publish";
    private static final int SHOWN = 10;

    private final FeedbackRegister register;
    private final UserService users;

    ForumReminders(FeedbackRegister register, UserService users) {
        this.register = register;
        this.users = users;
    }

    @Override
    public List<Reminder> due(LocalDate today) {
        return List.of();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Reminder> waitingFor(long userId, LocalDate today) {
        Person rep = users.peopleWithRole(Role.FORUM_REP).stream().filter(person -> person.id() == userId)
                .findFirst().orElse(null);
        if (rep == null) {
            return List.of();
        }
        Recipient recipient = new Recipient(rep.id(), rep.displayName(), rep.email());
        List<Reminder> waiting = new ArrayList<>();
        register.awaitingAgreement().stream().limit(SHOWN).forEach(row -> waiting.add(
                new Reminder(recipient, TO_AGREE, quote(row), "feedback/" + row.id())));
        register.readyToPublish().stream().limit(SHOWN).forEach(row -> waiting.add(
                new Reminder(recipient, TO_PUBLISH, quote(row), "feedback/" + row.id())));
        return waiting;
    }

    private static String quote(FeedbackRow row) {
        String said = row.whatWasSaid().strip();
        return "\u201C" + (said.length() > 90 ? said.substring(0, said.lastIndexOf(' ', 90) > 40
                ? said.lastIndexOf(' ', 90) : 90) + "\u2026" : said) + "\u201D";
    }
}
