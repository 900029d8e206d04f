package org.tandem.feedback;

import static org.tandem.support.PermissionTable.ADMIN;
import static org.tandem.support.PermissionTable.EVERYONE;
import static org.tandem.support.PermissionTable.roles;
import static org.tandem.support.PermissionTable.Whose.OTHERS;
import static org.tandem.support.PermissionTable.Whose.OWN;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.tandem.people.InitialPeople;
import org.tandem.people.Role;
import org.tandem.people.UserService;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PermissionTable;
import org.tandem.support.SignIn;

/**
 * Who may do what with "you said, we did", its lists and co-production: everyone signed in reads them; forum reps
 * (and admins) log, word, agree, publish and keep activities; a rep changes what was said only on items they
 * logged; only the assigned officer (or an admin) writes the response; admins keep the lists and the pledge; the
 * public page is for anyone. Steps on no item, or drafts that break a rule, stop a person let through without
 * changing anything.
 */
class FeedbackPermissionsTest extends IntegrationTest {

    static final long NO_SUCH = -1;
    static final LocalDate SAID_ON = LocalDate.of(2024, 1, 10);
    static final Set<Role> FORUM = roles(Role.ADMIN, Role.FORUM_REP);

    @Autowired
    FeedbackService service;
    @Autowired
    FeedbackRegister register;
    @Autowired
    PublicFeedback publicFeedback;
    @Autowired
    CoProductionService coProduction;
    @Autowired
    FeedbackLists lists;
    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;

    FeedbackFixture given;
    PermissionTable table;

    @BeforeEach
    void theTable() {
        given = new FeedbackFixture(people, users, service, register);
        table = new PermissionTable(people, users);
        changingWhatWasSaidAndAnswering();
        takingTheNextSteps();
        readingTheRegister();
        keepingTheListsAndCoProduction();
    }

    private void changingWhatWasSaidAndAnswering() {
        table.row("FeedbackService.edit", OWN, FORUM, actor -> {
            long id = loggedBy(actor.username());
            return () -> service.edit(id);
        }).row("FeedbackService.edit", OTHERS, ADMIN, actor -> {
            long id = given.logged("Logged by another rep", SAID_ON);
            return () -> service.edit(id);
        }).row("FeedbackService.update", OWN, FORUM, actor -> {
            FeedbackDraft draft = service.edit(loggedBy(actor.username()));
            return () -> service.update(draft);
        }).row("FeedbackService.update", OTHERS, ADMIN, actor -> {
            FeedbackDraft draft = service.edit(given.logged("Logged by another rep", SAID_ON));
            return () -> service.update(draft);
        }).row("FeedbackService.draftResponse", OWN, EVERYONE, actor -> {
            long id = given.logged("Assigned to the actor", SAID_ON);
            service.assign(id, given.version(id), given.organisationId, actor.id());
            return respond(id);
        }).row("FeedbackService.draftResponse", OTHERS, ADMIN, actor ->
                respond(given.assigned("Assigned to another officer", SAID_ON)));
    }

    private void takingTheNextSteps() {
        table.row("FeedbackService.log", FORUM, actor -> () -> service.log(new FeedbackDraft()))
                .row("FeedbackService.assign", FORUM, actor -> () -> service.assign(NO_SUCH, 0, null, null))
                .row("FeedbackService.word", FORUM, actor -> () -> service.word(NO_SUCH, 0, "You said", "We did"))
                .row("FeedbackService.agree/2", FORUM, actor -> () -> service.agree(NO_SUCH, 0))
                .row("FeedbackService.agree/4", FORUM, actor -> () -> service.agree(NO_SUCH, 0, "You said", "We did"))
                .row("FeedbackService.findings/1", FORUM, actor -> () -> service.findings(NO_SUCH))
                .row("FeedbackService.findings/2", FORUM, actor -> () -> service.findings("You said", "We did"))
                .row("FeedbackService.publish", FORUM, actor -> () -> service.publish(NO_SUCH, 0, Set.of()))
                .row("FeedbackService.updatePublished", FORUM,
                        actor -> () -> service.updatePublished(NO_SUCH, 0, "You said", "We did", Set.of()))
                .row("FeedbackService.withdraw", FORUM, actor -> () -> service.withdraw(NO_SUCH, 0, "Out of date"))
                .row("FeedbackService.archive", FORUM, actor -> () -> service.archive(NO_SUCH, 0));
    }

    private void readingTheRegister() {
        FeedbackFilter nothing = new FeedbackFilter(null, null, false, "no feedback says this");
        table.row("FeedbackRegister.list", EVERYONE, actor -> () -> register.list(nothing, PageRequest.of(0, 1)))
                .row("FeedbackRegister.count", EVERYONE, actor -> () -> register.count(nothing))
                .row("FeedbackRegister.rows", EVERYONE, actor -> () -> register.rows(java.util.List.of(NO_SUCH)))
                .row("FeedbackRegister.loggedByMe", EVERYONE, actor -> register::loggedByMe)
                .row("FeedbackRegister.awaitingAgreement", EVERYONE, actor -> register::awaitingAgreement)
                .row("FeedbackRegister.readyToPublish", EVERYONE, actor -> register::readyToPublish)
                .row("FeedbackRegister.responsesToWrite", EVERYONE, actor -> register::responsesToWrite)
                .row("FeedbackRegister.details", EVERYONE, actor -> () -> register.details(NO_SUCH))
                .row("FeedbackRegister.timeline", EVERYONE, actor -> () -> register.timeline(NO_SUCH))
                .row("FeedbackRegister.history", EVERYONE, actor -> () -> register.history(NO_SUCH))
                .row("FeedbackRegister.export", EVERYONE, actor -> () -> register.export(nothing))
                .row("FeedbackRegister.themeSummary", EVERYONE,
                        actor -> () -> register.themeSummary(SAID_ON, SAID_ON))
                .row("FeedbackRegister.responseDays", EVERYONE, actor -> register::responseDays)
                .rowForAnyone("PublicFeedback.entries", actor -> publicFeedback::entries)
                .rowForAnyone("PublicFeedback.themes", actor -> publicFeedback::themes)
                .rowForAnyone("PublicFeedback.search",
                        actor -> () -> publicFeedback.search(new PublicQuery("nothing", null, null, 1)));
    }

    private void keepingTheListsAndCoProduction() {
        ActivityDraft noActivity = new ActivityDraft(NO_SUCH, 0, SAID_ON, ActivityKind.WORKSHOP, "Gone", 1, null,
                null, "Nothing", Set.of(), Set.of());
        SignatoryDraft noSignatory = new SignatoryDraft(NO_SUCH, 0, null, SAID_ON, "", "");
        table.row("FeedbackLists.channels", EVERYONE, actor -> lists::channels)
                .row("FeedbackLists.themes", EVERYONE, actor -> lists::themes)
                .row("FeedbackLists.values", EVERYONE, actor -> () -> lists.values(ListKind.THEME))
                .row("FeedbackLists.add", ADMIN, actor -> () -> lists.add(ListKind.THEME, "", null))
                .row("FeedbackLists.rename", ADMIN, actor -> () -> lists.rename(ListKind.THEME, NO_SUCH, 0, "Gone"))
                .row("FeedbackLists.move", ADMIN, actor -> () -> lists.move(ListKind.THEME, NO_SUCH, 0, true))
                .row("FeedbackLists.retire", ADMIN, actor -> () -> lists.retire(ListKind.THEME, NO_SUCH, 0))
                .row("FeedbackLists.restore", ADMIN, actor -> () -> lists.restore(ListKind.THEME, NO_SUCH, 0))
                .row("FeedbackLists.history", ADMIN, actor -> () -> lists.history(ListKind.THEME, NO_SUCH))
                .row("CoProductionService.mayKeepPledge", EVERYONE, actor -> coProduction::mayKeepPledge)
                .row("CoProductionService.mayLogActivities", EVERYONE, actor -> coProduction::mayLogActivities)
                .row("CoProductionService.pledge", EVERYONE, actor -> coProduction::pledge)
                .row("CoProductionService.signatories", EVERYONE, actor -> coProduction::signatories)
                .row("CoProductionService.activities", EVERYONE,
                        actor -> () -> coProduction.activities(PageRequest.of(0, 1)))
                .row("CoProductionService.activityCount", EVERYONE, actor -> coProduction::activityCount)
                .row("CoProductionService.pledgeHistory", EVERYONE, actor -> coProduction::pledgeHistory)
                .row("CoProductionService.signatoryHistory", EVERYONE,
                        actor -> () -> coProduction.signatoryHistory(NO_SUCH))
                .row("CoProductionService.activityHistory", EVERYONE,
                        actor -> () -> coProduction.activityHistory(NO_SUCH))
                .row("CoProductionService.rewritePledge", ADMIN, actor -> () -> coProduction.rewritePledge(0, ""))
                .row("CoProductionService.addSignatory", ADMIN, actor -> () -> coProduction.addSignatory(noSignatory))
                .row("CoProductionService.updateSignatory", ADMIN,
                        actor -> () -> coProduction.updateSignatory(noSignatory))
                .row("CoProductionService.logActivity", FORUM,
                        actor -> () -> coProduction.logActivity(noActivity))
                .row("CoProductionService.updateActivity", FORUM,
                        actor -> () -> coProduction.updateActivity(noActivity));
    }

    @Test
    void eachRoleMayTakeTheFeedbackStepsTheTableSaysOnItsOwnItemsAndOnOthers() {
        table.check();
    }

    @Test
    void everyOperationOnFeedbackAndCoProductionHasARowSoAddingOneWithoutARowFails() {
        table.assertCovers(FeedbackService.class, FeedbackRegister.class, PublicFeedback.class,
                CoProductionService.class, FeedbackLists.class);
    }

    /** An item logged by this person, whatever their role: only a rep's own items are theirs to change. */
    private long loggedBy(String username) {
        SignIn.as(username, Role.FORUM_REP);
        return service.log(given.draft("Logged by the actor", SAID_ON));
    }

    private Runnable respond(long id) {
        long version = given.version(id);
        return () -> service.draftResponse(id, version, new ResponseDraft(ResponseKind.DONE, "We did it.", null,
                Set.of()));
    }
}
