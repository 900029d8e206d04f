package org.tandem.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.Person;
import org.tandem.people.UserService;
import org.tandem.reminder.Recipient;
import org.tandem.reminder.Reminder;
import org.tandem.reminder.ReminderSource;

/**
 * Reminds the assigned officer of every item still without a response after {@code tandem.feedback.response-days}
 * (the items the register flags as overdue), in each digest until they respond.
 */
@Component
@Order(20)
class OverdueResponseReminders implements ReminderSource {

    static final String HEADING = "\"You said, we did\": responses overdue";
    private static final int QUOTE_LENGTH = 120;
    private static final Limit AT_MOST = Limit.of(5_000);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final FeedbackItems items;
    private final FeedbackSettings settings;
    private final UserService users;
    private final Clock clock;

    OverdueResponseReminders(FeedbackItems items, FeedbackSettings settings, UserService users, Clock clock) {
        this.items = items;
        this.settings = settings;
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Reminder> due(LocalDate today) {
        Instant loggedBefore = settings.overdueBefore(today, clock.getZone());
        List<Feedback> overdue = items.awaitingResponseLoggedBefore(loggedBefore, AT_MOST);
        if (overdue.isEmpty()) {
            return List.of();
        }
        Map<Long, Person> officers = users.everyone().stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        return overdue.stream().filter(item -> officers.containsKey(item.getOfficerId())).map(item -> {
            Person officer = officers.get(item.getOfficerId());
            return new Reminder(new Recipient(officer.id(), officer.displayName(), officer.email()), HEADING,
                    line(item), "feedback/" + item.getId());
        }).toList();
    }

    /** A home page asks for one officer's: not every overdue item with everyone who may sign in. */
    @Override
    @Transactional(readOnly = true)
    public List<Reminder> waitingFor(long userId, LocalDate today) {
        List<Feedback> overdue = items.awaitingResponseFromLoggedBefore(userId,
                settings.overdueBefore(today, clock.getZone()), AT_MOST);
        if (overdue.isEmpty()) {
            return List.of();
        }
        Person officer = users.people(Set.of(userId)).get(userId);
        if (officer == null) {
            return List.of();
        }
        Recipient recipient = new Recipient(officer.id(), officer.displayName(), officer.email());
        return overdue.stream().map(item -> new Reminder(recipient, HEADING, line(item), "feedback/" + item.getId()))
                .toList();
    }

    private String line(Feedback item) {
        String said = item.getWhatWasSaid().length() > QUOTE_LENGTH
                ? item.getWhatWasSaid().substring(0, QUOTE_LENGTH) + "..." : item.getWhatWasSaid();
        return "\"" + said + "\", logged " + DATE.format(LocalDate.ofInstant(item.getLoggedAt(), clock.getZone()));
    }
}
