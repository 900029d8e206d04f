package org.tandem.measure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Tells each measure's owner that a period's value is due: by e-mail once, when the period has ended and no
 * value is in, and on their home page for as long as it is missing.
 */
@Component
@Order(35)
class MeasureReminders implements ReminderSource {

    static final String HEADING = "Measures whose value is due";
    /** A period's value is asked for by e-mail in the weeks after it ends; the home page keeps asking. */
    static final int MAIL_DAYS = 28;

    private final Measures measures;
    private final MeasureValues values;
    private final UserService users;

    MeasureReminders(Measures measures, MeasureValues values, UserService users) {
        this.measures = measures;
        this.values = values;
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Reminder> due(LocalDate today) {
        return missing(today, true);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Reminder> waitingFor(long userId, LocalDate today) {
        return missing(today, false).stream().filter(r -> r.recipient().userId() == userId).toList();
    }

    private List<Reminder> missing(LocalDate today, boolean mail) {
        List<Measure> all = measures.ordered();
        if (all.isEmpty()) {
            return List.of();
        }
        Map<Long, List<MeasureValue>> byMeasure = values.forMeasures(all.stream().map(Measure::getId).toList())
                .stream().collect(Collectors.groupingBy(MeasureValue::getMeasureId));
        Map<Long, Person> owners = users.people(all.stream().map(Measure::getOwnerId).collect(Collectors.toSet()));
        List<Reminder> due = new ArrayList<>();
        for (Measure measure : all) {
            Frequency frequency = measure.getFrequency();
            Period period = frequency.due(today);
            long since = ChronoUnit.DAYS.between(frequency.end(period), today);
            Person owner = owners.get(measure.getOwnerId());
            boolean entered = byMeasure.getOrDefault(measure.getId(), List.of()).stream()
                    .anyMatch(v -> v.getPeriod().equals(period));
            if (owner == null || entered || mail && since > MAIL_DAYS) {
                continue;
            }
            due.add(new Reminder(new Recipient(owner.id(), owner.displayName(), owner.email()), HEADING,
                    measure.getName() + ": the value for " + frequency.label(period) + " is due", "measures/entry",
                    "measure-" + measure.getId() + "-" + period.year() + "-" + period.index()));
        }
        return due;
    }
}
