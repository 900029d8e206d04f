package org.tandem.risk;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.Person;
import org.tandem.people.UserService;
import org.tandem.reminder.Recipient;
import org.tandem.reminder.Reminder;
import org.tandem.reminder.ReminderSource;

/**
 * Reminds each risk's owner of reviews due in the next 7 days (once per due date), of overdue reviews and of
 * failing mitigation (in every digest while it lasts). The daily run first lets tolerances past their date lapse,
 * so that their risks are back with the board before anyone is reminded.
 */
@Component
@Order(30)
class RiskReminders implements ReminderSource {

    static final String DUE = "Risk reviews due this week";
    static final String OVERDUE = "Risk reviews overdue";
    static final String FAILING = "Risks whose mitigation is failing";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final RiskReviewService reviews;
    private final RiskRegister register;
    private final UserService users;
    private final Risks risks;

    RiskReminders(RiskReviewService reviews, RiskRegister register, UserService users, Risks risks) {
        this.reviews = reviews;
        this.register = register;
        this.users = users;
        this.risks = risks;
    }

    /** The daily digest's run: tolerances past their date lapse first, then the reminders are read. */
    @Override
    @Transactional
    public List<Reminder> due(LocalDate today) {
        reviews.lapseExpiredTolerances();
        return reminders(today);
    }

    /**
     * A home page only reads: lapsing tolerances is the daily job's work (an admin's step), and a board member's
     * or rep's home page must not try it on every visit.
     */
    @Override
    @Transactional(readOnly = true)
    public List<Reminder> waitingFor(long userId, LocalDate today) {
        // Every reminder goes to a risk's owner: most people own none, and need not have the register read.
        if (!risks.existsByOwnerIdAndStatus(userId, RiskStatus.OPEN)) {
            return List.of();
        }
        return reminders(today, RiskFilter.none().withOwner(userId)).stream()
                .filter(reminder -> reminder.recipient().userId() == userId).toList();
    }

    private List<Reminder> reminders(LocalDate today) {
        return reminders(today, RiskFilter.none());
    }

    private List<Reminder> reminders(LocalDate today, RiskFilter which) {
        RiskRegister.Rows rows = register.rows();
        List<Risk> open = register.visible(rows, which);
        if (open.isEmpty()) {
            return List.of();
        }
        Map<Long, Person> owners = users.everyone().stream().collect(Collectors.toMap(Person::id,
                Function.identity()));
        List<Reminder> due = new ArrayList<>();
        for (Risk risk : open) {
            Person owner = owners.get(risk.getOwnerId());
            if (owner == null) {
                continue;
            }
            Recipient recipient = new Recipient(owner.id(), owner.displayName(), owner.email());
            String name = risk.getReference() + " " + risk.getTitle();
            String link = "risks/" + risk.getId();
            LocalDate next = risk.getNextReviewOn();
            if (next.isBefore(today)) {
                due.add(new Reminder(recipient, OVERDUE, name + ": review was due " + DATE.format(next), link));
            } else if (!next.isAfter(today.plusDays(7))) {
                due.add(new Reminder(recipient, DUE, name + ": review due " + DATE.format(next), link,
                        "risk-review-" + risk.getId() + "-" + next));
            }
            RiskRow row = rows.row(risk);
            if (row.mitigationFailing() != null) {
                due.add(new Reminder(recipient, FAILING, name + ": " + row.mitigationFailing(), link));
            }
        }
        return due;
    }
}
