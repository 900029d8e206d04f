package org.tandem.action;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.tandem.people.InitialPeople;
import org.tandem.people.Person;
import org.tandem.people.Role;
import org.tandem.people.UserService;
import org.tandem.people.SystemAuthentication;
import org.tandem.strategy.PriorityDraft;
import org.tandem.strategy.PriorityInfo;
import org.tandem.strategy.StrategyDraft;
import org.tandem.strategy.StrategyService;

/**
 * What import tests need to exist, made through the services. All tests share one database, so names are unique
 * and a priority is reused when the current strategy already has its number.
 */
public class ImportFixtures {

    private final StrategyService strategy;
    private final WorkstreamService workstreams;
    private final InitialPeople people;
    private final UserService users;

    public ImportFixtures(StrategyService strategy, WorkstreamService workstreams, InitialPeople people, UserService users) {
        this.strategy = strategy;
        this.workstreams = workstreams;
        this.people = people;
        this.users = users;
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    public PriorityInfo priority(int number) {
        return SystemAuthentication.call(() -> {
            if (strategy.current().isEmpty()) {
                StrategyDraft draft = new StrategyDraft();
                draft.setName("Import test strategy");
                draft.setPeriodFrom(LocalDate.of(2025, 1, 1));
                draft.setPeriodTo(LocalDate.of(2028, 12, 31));
                strategy.createStrategy(draft);
            }
            return strategy.priorities().stream().filter(priority -> priority.number() == number).findFirst()
                    .orElseGet(() -> {
                        PriorityDraft draft = new PriorityDraft();
                        draft.setNumber(number);
                        draft.setTitle("Priority " + number + " for imports");
                        return strategy.priority(strategy.addPriority(draft)).orElseThrow();
                    });
        });
    }

    public String workstream() {
        String name = unique("Import stream ");
        SystemAuthentication.run(() -> workstreams.create(name, "", null, Set.of(), Set.of()));
        return name;
    }

    public Person person(String displayName) {
        String username = unique("owner-");
        people.user(username, displayName, null, null, "a perfectly long passphrase", List.of(Role.WORKSTREAM_LEAD));
        return SystemAuthentication.call(() -> users.everyone().stream()
                .filter(person -> person.username().equals(username)).findFirst().orElseThrow());
    }
}
