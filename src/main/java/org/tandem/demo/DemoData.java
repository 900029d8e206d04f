package org.tandem.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.calendar.CalendarService;
import org.tandem.people.InitialPeople;
import org.tandem.people.OrganisationKind;
import org.tandem.people.Role;
import org.tandem.shared.SystemAuthentication;

/**
 * A small, realistic partnership to explore: its people, partners and two school years. Loaded only in the
 * default profile, and only what is missing, so a restart keeps what a newcomer changed.
 */
@Component
@Profile("default")
@Order(10)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "tandem-demo-pass";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final InitialPeople people;
    private final CalendarService calendar;

    DemoData(InitialPeople people, CalendarService calendar) {
        this.people = people;
        this.calendar = calendar;
    }

    @Override
    public void run(ApplicationArguments args) {
        long council = people.organisation("Riverside Council", OrganisationKind.COUNCIL);
        long icb = people.organisation("Riverside and Vale Integrated Care Board", OrganisationKind.NHS);
        long trust = people.organisation("Riverside Community Health NHS Trust", OrganisationKind.NHS);
        long forum = people.organisation("Riverside Parent Carer Forum", OrganisationKind.PARENT_CARER_FORUM);
        long school = people.organisation("Oakfield Academy Trust", OrganisationKind.SCHOOL_OR_COLLEGE);
        long college = people.organisation("Riverside College", OrganisationKind.SCHOOL_OR_COLLEGE);
        long earlyYears = people.organisation("Little Steps Nursery Group", OrganisationKind.EARLY_YEARS);
        long youth = people.organisation("Riverside Youth Voice", OrganisationKind.YOUNG_PEOPLES_GROUP);
        people.organisation("Riverside SENDIASS", OrganisationKind.VOLUNTARY_SECTOR);

        user("admin", "Priya Shah", council, Role.ADMIN);
        user("board", "Margaret Okafor", council, Role.BOARD_MEMBER);
        user("lead", "Tom Reeves", trust, Role.WORKSTREAM_LEAD);
        user("forum", "Sam Carter", forum, Role.FORUM_REP);
        user("dave.hughes", "Dave Hughes", council, Role.ADMIN);
        user("aisha.rahman", "Dr Aisha Rahman", icb, Role.BOARD_MEMBER);
        user("helen.wright", "Helen Wright", school, Role.BOARD_MEMBER);
        user("chris.obi", "Chris Obi", forum, Role.BOARD_MEMBER, Role.FORUM_REP);
        user("gareth.evans", "Gareth Evans", council, Role.WORKSTREAM_LEAD);
        user("nadia.begum", "Nadia Begum", earlyYears, Role.WORKSTREAM_LEAD);
        user("joanna.price", "Joanna Price", college, Role.WORKSTREAM_LEAD);
        user("lucy.mills", "Lucy Mills", forum, Role.FORUM_REP);
        user("kai.thompson", "Kai Thompson", youth, Role.FORUM_REP);

        SystemAuthentication.run(() -> {
            var existing = calendar.years().stream().map(year -> year.startYear()).toList();
            for (int startYear : List.of(2025, 2026)) {
                if (!existing.contains(startYear)) {
                    calendar.addYear(calendar.typicalYear(startYear));
                }
            }
        });
        log.info("Demo data ready: sign in as admin, board, lead or forum with the password {}", PASSWORD);
    }

    private void user(String username, String name, long organisation, Role... roles) {
        people.user(username, name, username + "@riverside.example", organisation, PASSWORD, List.of(roles));
    }
}
