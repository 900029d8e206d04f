package org.tandem.action;

import static org.tandem.support.PermissionTable.ADMIN;
import static org.tandem.support.PermissionTable.EVERYONE;
import static org.tandem.support.PermissionTable.roles;
import static org.tandem.support.PermissionTable.Whose.LED;
import static org.tandem.support.PermissionTable.Whose.OTHERS;
import static org.tandem.support.PermissionTable.Whose.OWN;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.tandem.calendar.CalendarService;
import org.tandem.people.InitialPeople;
import org.tandem.people.Person;
import org.tandem.people.Role;
import org.tandem.people.UserService;
import org.tandem.shared.spreadsheet.ColumnMapping;
import org.tandem.shared.spreadsheet.SheetData;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PermissionTable;
import org.tandem.support.PlanFixture;

/**
 * Who may do what in the action plan: everyone signed in reads it; an action is changed by admins, its owner and
 * the lead of its workstream; forum reps (and admins) sign off co-production; admins keep workstreams and import.
 * Each row that depends on whose action it is gets a fresh action: the actor's own, one in a workstream they lead,
 * or someone else's.
 */
class ActionPermissionsTest extends IntegrationTest {

    static final long NO_SUCH = -1;
    static final Set<Role> LEADS = roles(Role.ADMIN, Role.WORKSTREAM_LEAD);
    static final ActionFilter NOTHING = ActionFilter.none().withText("no action is called this");

    @Autowired
    ActionService actions;
    @Autowired
    ActionPlanService plan;
    @Autowired
    WorkstreamService workstreams;
    @Autowired
    ActionImport actionImport;
    @Autowired
    CalendarService calendar;
    @Autowired
    PlanFixture fixture;
    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;

    PlanFixture.Plan thePlan;
    PermissionTable table;

    @BeforeEach
    void theTable() {
        thePlan = fixture.plan("permissions");
        table = new PermissionTable(people, users);
        changingAnAction();
        readingThePlan();
        keepingWorkstreamsAndImporting();
    }

    private void changingAnAction() {
        byWhose("ActionService.edit", LEADS, LEADS, ADMIN, id -> () -> actions.edit(id));
        byWhose("ActionService.update", LEADS, LEADS, ADMIN, id -> {
            ActionDraft draft = actions.edit(id);
            return () -> actions.update(draft);
        });
        byWhose("ActionService.postUpdate", EVERYONE, EVERYONE, ADMIN, id -> {
            long version = plan.details(id).version();
            return () -> actions.postUpdate(id, version, UpdateDraft.of(ActionStatus.ON_TRACK, 20, "Going well"));
        });
        byWhose("ActionService.complete", EVERYONE, EVERYONE, ADMIN, id -> {
            long version = plan.details(id).version();
            return () -> actions.complete(id, version, calendar.today(), "Done: families wait less.");
        });
        byWhose("ActionService.cancel", EVERYONE, EVERYONE, ADMIN, id -> {
            long version = plan.details(id).version();
            return () -> actions.cancel(id, version, "No longer needed.");
        });
        table.row("ActionService.create", LED, LEADS, actor -> {
            ActionDraft draft = draft(actor.id(), ledBy(actor));
            return () -> actions.create(draft);
        });
        table.row("ActionService.create", OTHERS, ADMIN, actor -> {
            ActionDraft draft = draft(thePlan.lead().id(), thePlan.workstreamId());
            return () -> actions.create(draft);
        });
        table.row("ActionService.signOffCoProduction", roles(Role.ADMIN, Role.FORUM_REP), actor -> {
            ActionDraft draft = draft(thePlan.lead().id(), thePlan.workstreamId());
            draft.setCoProducedWith(EnumSet.of(CoProductionPartner.PARENT_CARER_FORUM));
            long id = actions.create(draft);
            long version = plan.details(id).version();
            return () -> actions.signOffCoProduction(id, version);
        });
    }

    private void readingThePlan() {
        table.row("ActionPlanService.updateWindow", EVERYONE, actor -> plan::updateWindow)
                .row("ActionPlanService.list", EVERYONE, actor -> () -> plan.list(NOTHING, PageRequest.of(0, 1)))
                .row("ActionPlanService.count", EVERYONE, actor -> () -> plan.count(NOTHING))
                .row("ActionPlanService.export", EVERYONE, actor -> () -> plan.export(NOTHING))
                .row("ActionPlanService.overview", EVERYONE, actor -> plan::overview)
                .row("ActionPlanService.card", EVERYONE, actor -> () -> plan.card(NO_SUCH))
                .row("ActionPlanService.standings", EVERYONE, actor -> () -> plan.standings(java.util.Set.of(NO_SUCH)))
                .row("ActionPlanService.abilities", EVERYONE, actor -> plan::abilities)
                .row("ActionPlanService.today", EVERYONE, actor -> plan::today)
                .row("ActionPlanService.noUpdateReason", EVERYONE, actor -> plan::noUpdateReason)
                .row("ActionPlanService.details", EVERYONE, actor -> () -> plan.details(NO_SUCH))
                .row("ActionPlanService.updates", EVERYONE, actor -> () -> plan.updates(NO_SUCH))
                .row("ActionPlanService.history", EVERYONE, actor -> () -> plan.history(NO_SUCH))
                .row("ActionPlanService.recentUpdates", EVERYONE, actor -> () -> plan.recentUpdates(NO_SUCH, 1))
                .row("ActionPlanService.mine", EVERYONE, actor -> plan::mine);
    }

    private void keepingWorkstreamsAndImporting() {
        SheetData empty = new SheetData(List.of("Title"), List.of());
        table.row("WorkstreamService.mayEdit", EVERYONE, actor -> workstreams::mayEdit)
                .row("WorkstreamService.candidateLeads", EVERYONE, actor -> workstreams::candidateLeads)
                .row("WorkstreamService.list", EVERYONE, actor -> workstreams::list)
                .row("WorkstreamService.history", EVERYONE, actor -> () -> workstreams.history(NO_SUCH))
                .row("WorkstreamService.create", ADMIN,
                        actor -> () -> workstreams.create("", "", null, Set.of(), Set.of()))
                .row("WorkstreamService.update", ADMIN,
                        actor -> () -> workstreams.update(NO_SUCH, 0, "Gone", "", null, Set.of(), Set.of()))
                .row("ActionImport.suggestMapping", ADMIN, actor -> () -> actionImport.suggestMapping(List.of("Title")))
                .row("ActionImport.preview", ADMIN, actor -> () -> actionImport.preview(empty, ColumnMapping.none()))
                .row("ActionImport.statusValues", ADMIN, actor -> () -> actionImport.statusValues(empty, ColumnMapping.none()))
                .row("ActionImport.importActions", ADMIN,
                        actor -> () -> actionImport.importActions(empty, ColumnMapping.none()));
    }

    @Test
    void anActionIsChangedByAdminsItsOwnerAndItsWorkstreamsLeadAndTheRestIsAsTheTableSays() {
        table.check();
    }

    @Test
    void everyOperationOfTheActionPlanHasARowSoAddingOneWithoutARowFails() {
        table.assertCovers(ActionService.class, ActionPlanService.class, WorkstreamService.class,
                ActionImport.class);
    }

    /** The same operation on the actor's own action, on one in a workstream they lead, and on someone else's. */
    private void byWhose(String operation, Set<Role> own, Set<Role> led, Set<Role> others, OnAction call) {
        table.row(operation, OWN, own, actor -> call.on(actions.create(draft(actor.id(), thePlan.workstreamId()))));
        table.row(operation, LED, led, actor -> call.on(actions.create(draft(thePlan.lead().id(), ledBy(actor)))));
        table.row(operation, OTHERS, others,
                actor -> call.on(actions.create(draft(thePlan.lead().id(), thePlan.workstreamId()))));
    }

    @FunctionalInterface
    interface OnAction {
        Runnable on(long actionId);
    }

    private long ledBy(Person actor) {
        return workstreams.create(unique("Led by " + actor.username()), "", actor.id(), Set.of(actor.id()),
                Set.of(thePlan.priorityId()));
    }

    private ActionDraft draft(@Nullable Long ownerId, long workstreamId) {
        ActionDraft draft = new ActionDraft();
        draft.setReference(unique("P"));
        draft.setTitle("We will try who may do what");
        draft.setPriorityId(thePlan.priorityId());
        draft.setWorkstreamId(workstreamId);
        draft.setOwnerId(ownerId);
        return draft;
    }
}
