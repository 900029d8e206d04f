package org.tandem.sef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.Person;
import org.tandem.people.UserService;
import org.tandem.reminder.Recipient;
import org.tandem.reminder.Reminder;
import org.tandem.reminder.ReminderSource;
import org.tandem.shared.BritishDates;

/**
 * Tells each criterion's owner when their criterion in this year's edition has not been reviewed in 6 months: once
 * for each lapse (a new review and a new lapse remind again). An approved edition is frozen, so it reminds nobody.
 */
@Component
@Order(40)
class SefReminders implements ReminderSource {

    static final String HEADING = "Self-evaluation criteria to review";

    private final Editions editions;
    private final Evaluations evaluations;
    private final UserService users;

    SefReminders(Editions editions, Evaluations evaluations, UserService users) {
        this.editions = editions;
        this.evaluations = evaluations;
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Reminder> due(LocalDate today) {
        Edition edition = SefRows.current(editions.newestFirst(), today).orElse(null);
        if (edition == null || edition.getStatus() == EditionStatus.APPROVED) {
            return List.of();
        }
        LocalDate lapse = today.minusMonths(SefRows.REVIEW_MONTHS);
        List<Evaluation> stale = evaluations.ofEdition(edition.getId()).stream()
                .filter(v -> v.getOwnerId() != null)
                .filter(v -> v.getLastReviewedOn() == null || v.getLastReviewedOn().isBefore(lapse)).toList();
        if (stale.isEmpty()) {
            return List.of();
        }
        Set<Long> ownerIds = stale.stream().map(Evaluation::getOwnerId).collect(Collectors.toSet());
        Map<Long, Person> owners = users.people(ownerIds);
        List<Reminder> due = new ArrayList<>();
        for (Evaluation v : stale) {
            Person owner = owners.get(v.getOwnerId());
            if (owner == null) {
                continue;
            }
            LocalDate reviewed = v.getLastReviewedOn();
            due.add(new Reminder(new Recipient(owner.id(), owner.displayName(), owner.email()), HEADING,
                    v.getCriterion().getTitle() + " (" + edition.name() + "): " + (reviewed == null
                            ? "never reviewed" : "last reviewed " + BritishDates.LONG.format(reviewed)),
                    "sef/criterion/" + v.getId(), "sef-review-" + v.getId() + "-" + (reviewed == null ? "never"
                            : reviewed.toString())));
        }
        return due;
    }
}
