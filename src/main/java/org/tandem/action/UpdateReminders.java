package org.tandem.action;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.action.ActionPlanService.UpdateWindow;
import org.tandem.calendar.CalendarService;
import org.tandem.people.Person;
import org.tandem.people.UserService;
import org.tandem.reminder.Recipient;
import org.tandem.reminder.Reminder;
import org.tandem.reminder.ReminderSource;

/**
 * Reminds owners of open actions that still lack this half-term's update, a set number of days before the update
 * deadline.
 *
 * <p>Why a window rather than one day: the digest runs on working days only, and an instance may be down on the
 * day itself, so the reminder day can pass with nobody told. So the reminders are due on every day from the
 * reminder day to the deadline, each marked to reach its owner once per half-term ({@link Reminder#onceKey()}):
 * the digest sends them on the first run of that window and leaves them out of later ones, while an owner it
 * has not reached yet (no run that day, a failed e-mail) gets theirs on the next run before the deadline.
 */
@Component
@Order(10)
class UpdateReminders implements ReminderSource {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final ActionItems actions;
    private final CalendarService calendar;
    private final UserService users;
    private final UpdateSettings updates;
    private final UpdateReminderSettings settings;

    UpdateReminders(ActionItems actions, CalendarService calendar, UserService users, UpdateSettings updates,
            UpdateReminderSettings settings) {
        this.actions = actions;
        this.calendar = calendar;
        this.users = users;
        this.updates = updates;
        this.settings = settings;
    }

    /** On the home page, every day of an open half-term: the owner's actions still without its update. */
    @Override
    @Transactional(readOnly = true)
    public List<Reminder> waitingFor(long userId, LocalDate today) {
        UpdateWindow window = calendar.containing(today).filter(halfTerm -> !halfTerm.closed())
                .map(halfTerm -> UpdateWindow.of(halfTerm, updates)).orElse(null);
        if (window == null) {
            return List.of();
        }
        Person owner = users.people(java.util.Set.of(userId)).get(userId);
        if (owner == null) {
            return List.of();
        }
        String heading = window.halfTerm().label() + " updates, due by " + DATE.format(window.deadline());
        // Only this owner's actions: a home page that read every action waiting in the partnership (thousands on
        // a large one) to keep a handful was the load test's heaviest step.
        return actions.ownedByAndAwaitingUpdateIn(userId, window.halfTerm().id()).stream()
                .map(action -> new Reminder(new Recipient(owner.id(), owner.displayName(), owner.email()), heading,
                        action.getReference() + " " + action.getTitle(), "actions/" + action.getId()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Reminder> due(LocalDate today) {
        UpdateWindow window = calendar.containing(today).map(halfTerm -> UpdateWindow.of(halfTerm, updates))
                .orElse(null);
        // A closed half-term takes no more updates, so there is nothing left to remind anyone of.
        if (window == null || window.halfTerm().closed() || today.isAfter(window.deadline())
                || today.isBefore(window.deadline().minusDays(settings.updateDaysBeforeDeadline()))) {
            return List.of();
        }
        List<ActionItem> waiting = actions.ownedAndAwaitingUpdateIn(window.halfTerm().id());
        if (waiting.isEmpty()) {
            return List.of();
        }
        // Enabled people only: someone who has left is not written to, whatever they still own.
        Map<Long, Person> owners = users.everyone().stream().collect(Collectors.toMap(Person::id, Function.identity()));
        String heading = window.halfTerm().label() + " updates, due by " + DATE.format(window.deadline());
        String once = "action-updates:" + window.halfTerm().id();
        return waiting.stream().filter(action -> owners.containsKey(action.getOwnerId())).map(action -> {
            Person owner = owners.get(action.getOwnerId());
            return new Reminder(new Recipient(owner.id(), owner.displayName(), owner.email()), heading,
                    action.getReference() + " " + action.getTitle(), "actions/" + action.getId(), once);
        }).toList();
    }
}
