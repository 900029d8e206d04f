package org.tandem.feedback;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tandem.people.InitialPeople;
import org.tandem.people.OrganisationKind;
import org.tandem.people.Person;
import org.tandem.people.Role;
import org.tandem.people.UserService;
import org.tandem.people.SystemAuthentication;
import org.tandem.support.PlanFixture;

/** A forum rep, an officer and a partner organisation of their own, and items taken to any stage. */
public class FeedbackFixture {

    public final String rep = unique("rep");
    public final String officerName = unique("officer");
    public final Person officer;
    public final long organisationId;
    private final FeedbackService service;
    private final FeedbackRegister register;

    public FeedbackFixture(InitialPeople people, UserService users, FeedbackService service, FeedbackRegister register) {
        this(people, users, service, register, false);
    }

    /** With {@code officerEmailed}, the officer has an e-mail address of their own: {@code officerName@council.example}. */
    public FeedbackFixture(InitialPeople people, UserService users, FeedbackService service, FeedbackRegister register,
            boolean officerEmailed) {
        this.service = service;
        this.register = register;
        people.user(rep, "Rep " + rep, null, null, PlanFixture.PASSWORD, List.of(Role.FORUM_REP));
        people.user(officerName, "Officer " + officerName, officerEmailed ? officerName + "@council.example" : null,
                null, PlanFixture.PASSWORD,
                List.of(Role.WORKSTREAM_LEAD));
        organisationId = people.organisation(unique("Council"), OrganisationKind.COUNCIL);
        officer = SystemAuthentication.call(() -> users.peopleWithRole(Role.WORKSTREAM_LEAD).stream()
                .filter(p -> p.username().equals(officerName)).findFirst().orElseThrow());
    }

    public static String unique(String prefix) {
        return prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    public static void signInAs(String username, Role... roles) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(username, null,
                Arrays.stream(roles).map(Role::authority).toArray(String[]::new)));
    }

    public FeedbackDraft draft(String said, LocalDate on, String... themes) {
        FeedbackDraft draft = new FeedbackDraft();
        draft.setWhatWasSaid(said);
        draft.setSaidOn(on);
        draft.setChannel("FORUM_MEETING");
        draft.setVoiceGroup(VoiceGroup.PARENTS_AND_CARERS);
        draft.setPeopleCount(12);
        draft.setThemes(Set.of(themes));
        return draft;
    }

    /** Logged by the rep; the caller is left signed in as the rep. */
    public long logged(String said, LocalDate on, String... themes) {
        signInAs(rep, Role.FORUM_REP);
        return service.log(draft(said, on, themes));
    }

    public long version(long id) {
        return SystemAuthentication.call(() -> register.details(id).version());
    }

    public long assigned(String said, LocalDate on, String... themes) {
        long id = logged(said, on, themes);
        service.assign(id, version(id), organisationId, officer.id());
        return id;
    }

    public long drafted(String said, LocalDate on, String... themes) {
        long id = assigned(said, on, themes);
        signInAs(officerName, Role.WORKSTREAM_LEAD);
        service.draftResponse(id, version(id), new ResponseDraft(ResponseKind.DONE,
                "We changed the letter and trained the team.", null, Set.of()));
        return id;
    }

    public long agreed(String said, LocalDate on, String youSaid, String weDid, String... themes) {
        long id = drafted(said, on, themes);
        signInAs(rep, Role.FORUM_REP);
        service.word(id, version(id), youSaid, weDid);
        service.agree(id, version(id));
        return id;
    }

    public long published(String said, LocalDate on, String youSaid, String weDid, String... themes) {
        long id = agreed(said, on, youSaid, weDid, themes);
        service.publish(id, version(id), Set.of());
        return id;
    }
}
