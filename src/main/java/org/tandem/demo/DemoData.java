package org.tandem.demo;

import static org.tandem.demo.DemoOrganisation.COLLEGE;
import static org.tandem.demo.DemoOrganisation.COUNCIL;
import static org.tandem.demo.DemoOrganisation.EARLY_YEARS;
import static org.tandem.demo.DemoOrganisation.FORUM;
import static org.tandem.demo.DemoOrganisation.ICB;
import static org.tandem.demo.DemoOrganisation.SCHOOLS;
import static org.tandem.demo.DemoOrganisation.TRUST;
import static org.tandem.demo.DemoOrganisation.YOUTH_VOICE;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.tandem.action.ActionSeeding;
import org.tandem.calendar.CalendarService;
import org.tandem.people.InitialPeople;
import org.tandem.people.Role;
import org.tandem.people.UserService;
import org.tandem.people.SystemAuthentication;
import org.tandem.strategy.StrategySeeding;

/**
 * A small, realistic partnership to explore: its people, partners, two school years, and its strategy and action
 * plan with two half-terms of updates. Loaded only in the default profile, and only what is missing, so a restart
 * keeps what a newcomer changed.
 */
@Component
@Profile("default")
@Order(10)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "tandem-demo-pass";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final InitialPeople people;
    private final CalendarService calendar;
    private final DemoPlan plan;

    DemoData(InitialPeople people, CalendarService calendar, UserService users, StrategySeeding strategy,
            ActionSeeding actions, PlatformTransactionManager transactions, Clock clock) {
        this.people = people;
        this.calendar = calendar;
        this.plan = new DemoPlan(strategy, actions, users, calendar, transactions, clock);
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<DemoOrganisation, Long> organisations = new EnumMap<>(DemoOrganisation.class);
        for (DemoOrganisation organisation : DemoOrganisation.values()) {
            organisations.put(organisation, people.organisation(organisation.displayName(), organisation.kind()));
        }

        user("admin", "Priya Shah", organisations.get(COUNCIL), Role.ADMIN);
        user("board", "Margaret Okafor", organisations.get(COUNCIL), Role.BOARD_MEMBER);
        user("lead", "Tom Reeves", organisations.get(TRUST), Role.WORKSTREAM_LEAD);
        user("forum", "Sam Carter", organisations.get(FORUM), Role.FORUM_REP);
        user("dave.hughes", "Dave Hughes", organisations.get(COUNCIL), Role.ADMIN);
        user("aisha.rahman", "Dr Aisha Rahman", organisations.get(ICB), Role.BOARD_MEMBER);
        user("helen.wright", "Helen Wright", organisations.get(SCHOOLS), Role.BOARD_MEMBER);
        user("chris.obi", "Chris Obi", organisations.get(FORUM), Role.BOARD_MEMBER, Role.FORUM_REP);
        user("gareth.evans", "Gareth Evans", organisations.get(COUNCIL), Role.WORKSTREAM_LEAD);
        user("nadia.begum", "Nadia Begum", organisations.get(EARLY_YEARS), Role.WORKSTREAM_LEAD);
        user("joanna.price", "Joanna Price", organisations.get(COLLEGE), Role.WORKSTREAM_LEAD);
        user("lucy.mills", "Lucy Mills", organisations.get(FORUM), Role.FORUM_REP);
        user("kai.thompson", "Kai Thompson", organisations.get(YOUTH_VOICE), Role.FORUM_REP);

        SystemAuthentication.run(() -> {
            var existing = calendar.years().stream().map(year -> year.startYear()).toList();
            for (int startYear : List.of(2025, 2026)) {
                if (!existing.contains(startYear)) {
                    calendar.addYear(calendar.typicalYear(startYear));
                }
            }
            plan.seed(organisations);
        });
        log.info("Demo data ready: sign in as admin, board, lead or forum with the password {}", PASSWORD);
    }

    private void user(String username, String name, long organisation, Role... roles) {
        people.user(username, name, username + "@riverside.example", organisation, PASSWORD, List.of(roles));
    }
}
