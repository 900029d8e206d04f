package org.tandem.risk;

import java.time.LocalDate;
import java.util.List;
import org.tandem.people.InitialPeople;
import org.tandem.people.Person;
import org.tandem.people.Role;
import org.tandem.people.SystemAuthentication;
import org.tandem.people.UserService;
import org.tandem.support.PlanFixture;
import org.tandem.support.SignIn;

/**
 * People of every role, fresh for each test (tests share one database), and risks raised as the owner. The
 * register is read filtered to this fixture's owner, so that other tests' risks do not count.
 */
public class RiskFixture {

    public final Person owner;
    public final Person otherLead;
    public final Person board;
    public final Person rep;
    public final Person admin;
    private final RiskService service;

    public RiskFixture(InitialPeople people, UserService users, RiskService service) {
        this.service = service;
        owner = person(people, users, "owner", Role.WORKSTREAM_LEAD);
        otherLead = person(people, users, "lead", Role.WORKSTREAM_LEAD);
        board = person(people, users, "board", Role.BOARD_MEMBER);
        rep = person(people, users, "rep", Role.FORUM_REP);
        admin = person(people, users, "admin", Role.ADMIN);
    }

    private static Person person(InitialPeople people, UserService users, String prefix, Role role) {
        String username = prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        people.user(username, prefix.substring(0, 1).toUpperCase() + prefix.substring(1) + " " + username, null,
                null, PlanFixture.PASSWORD, List.of(role));
        return SystemAuthentication.call(() -> users.peopleWithRole(role).stream()
                .filter(p -> p.username().equals(username)).findFirst().orElseThrow());
    }

    public void as(Person person) {
        Role role = person == owner || person == otherLead ? Role.WORKSTREAM_LEAD : person == board
                ? Role.BOARD_MEMBER : person == rep ? Role.FORUM_REP : Role.ADMIN;
        SignIn.as(person.username(), role);
    }

    /** A draft owned by the fixture's owner, inherent 4 × 4, residual {@code l × i}, target 2 × 2. */
    public RiskDraft draft(String title, int likelihood, int impact) {
        RiskDraft draft = new RiskDraft();
        // A reference of its own: numbered ones are the demo register's, which skips any it finds taken.
        draft.setReference("T-" + java.util.UUID.randomUUID().toString().substring(0, 8));
        draft.setTitle(title);
        draft.setCause("Rising demand for EHC needs assessments");
        draft.setEvent(title);
        draft.setConsequence("Children wait longer for the help they need");
        draft.setCategory("STATUTORY_TIMELINESS");
        draft.setOwnerId(owner.id());
        draft.setControls("Weekly panel; extra educational psychologist sessions");
        draft.scores(4, 4, likelihood, impact, 2, 2);
        draft.setTargetDate(LocalDate.of(2060, 7, 31));
        return draft;
    }

    /** Raised by the owner, as a workstream lead. */
    public long raised(String title, int likelihood, int impact) {
        return raised(draft(title, likelihood, impact));
    }

    public long raised(RiskDraft draft) {
        as(owner);
        try {
            return service.raise(draft);
        } finally {
            SignIn.out();
        }
    }

    public RiskFilter mine() {
        return RiskFilter.none().withOwner(owner.id());
    }
}
