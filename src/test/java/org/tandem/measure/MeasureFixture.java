package org.tandem.measure;

import java.time.LocalDate;
import java.util.List;
import org.tandem.people.InitialPeople;
import org.tandem.people.Person;
import org.tandem.people.Role;
import org.tandem.people.SystemAuthentication;
import org.tandem.people.UserService;
import org.tandem.support.PlanFixture;
import org.tandem.support.SignIn;

/** People of every role, fresh for each test, and measures owned by the fixture's owner with unique names. */
public class MeasureFixture {

    /** A school year no other test uses: 2053/54. Spring 2 of it is under way. */
    public static final LocalDate TODAY = LocalDate.of(2054, 3, 10);
    public static final Period AUTUMN_2 = new Period(2053, 2);
    public static final Period SPRING_1 = new Period(2053, 3);

    /** A snapshot time later than any taken before in this database, so the test's snapshot is the latest. */
    public static java.time.Instant latestSnapshotTime() {
        return java.time.Instant.parse("2100-01-01T00:00:00Z").plusMillis(System.currentTimeMillis());
    }

    public final Person owner;
    public final Person otherLead;
    public final Person board;
    public final Person rep;
    public final Person admin;
    private final MeasureService service;

    public MeasureFixture(InitialPeople people, UserService users, MeasureService service) {
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

    /** A percentage measure, half-termly: 40% in Summer 2 2052/53, 80% by the end of 2054/55. */
    public MeasureDraft draft(String name) {
        MeasureDraft draft = new MeasureDraft();
        draft.setName(name + " " + java.util.UUID.randomUUID().toString().substring(0, 8));
        draft.setDefinition("Share of new EHC plans issued within 20 weeks");
        draft.setUnit(Unit.PERCENT);
        draft.setPolarity(Polarity.HIGHER_IS_BETTER);
        draft.setFrequency(Frequency.HALF_TERMLY);
        draft.setOwnerId(owner.id());
        draft.setBaselineValue(40.0);
        draft.setBaselineYear(2052);
        draft.setBaselineIndex(6);
        draft.setTargetValue(80.0);
        draft.setTargetDate(LocalDate.of(2055, 8, 31));
        return draft;
    }

    /** Defined by the admin, owned by the owner. */
    public long defined(MeasureDraft draft) {
        SignIn.as(admin.username(), Role.ADMIN);
        try {
            return service.define(draft);
        } finally {
            SignIn.out();
        }
    }

    public ValueLine entered(long measureId, Period period, long numerator, long denominator) {
        as(owner);
        try {
            return service.enter(new ValueDraft(measureId, period, null, numerator, denominator, true, "", null));
        } finally {
            SignIn.out();
        }
    }
}
