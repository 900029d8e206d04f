package org.tandem.action;

import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.calendar.CalendarService;
import org.tandem.calendar.HalfTermInfo;
import org.tandem.shared.BeanCheck;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.shared.ValidationProblem;
import org.tandem.strategy.PriorityInfo;
import org.tandem.strategy.StrategyService;
import org.tandem.people.AdminOrForumRep;
import org.tandem.people.AdminOrLead;
import org.tandem.people.SignedIn;

/**
 * Changing the action plan. Admins change everything; workstream leads the actions of their workstreams and
 * those they own; each change is checked here, whatever the screen showed.
 */
@Service
public class ActionService {

    private final ActionItems actions;
    private final ProgressUpdates updates;
    private final Workstreams workstreams;
    private final StrategyService strategy;
    private final CalendarService calendar;
    private final ActionPermissions permissions;
    private final BeanCheck check;
    private final Clock clock;

    ActionService(ActionItems actions, ProgressUpdates updates, Workstreams workstreams, StrategyService strategy,
            CalendarService calendar, ActionPermissions permissions, BeanCheck check, Clock clock) {
        this.actions = actions;
        this.updates = updates;
        this.workstreams = workstreams;
        this.strategy = strategy;
        this.calendar = calendar;
        this.permissions = permissions;
        this.check = check;
        this.clock = clock;
    }

    @AdminOrLead
    @Transactional(readOnly = true)
    public ActionDraft edit(long id) {
        ActionItem action = find(id);
        requireEdit(action);
        return ActionDraft.of(action);
    }

    @AdminOrLead
    @Transactional
    public long create(ActionDraft draft) {
        check.valid(draft);
        if (!permissions.current().mayCreateIn(draft.getWorkstreamId())) {
            throw new AccessDeniedException("Only admins and the workstream's lead add actions to it.");
        }
        PriorityInfo priority = priority(draft.getPriorityId());
        String reference = draft.getReference().isEmpty() ? nextReference(priority) : draft.getReference();
        if (actions.existsByReference(reference)) {
            throw new ValidationProblem("reference", "Another action has the reference " + reference + ".");
        }
        ActionItem action = new ActionItem(reference, priority.id());
        apply(draft, reference, action);
        return actions.saveAndFlush(action).getId();
    }

    @AdminOrLead
    @Transactional
    public void update(ActionDraft draft) {
        check.valid(draft);
        ActionItem action = find(draft.getId());
        requireEdit(action);
        guard(action, draft.getVersion());
        PriorityInfo priority = priority(draft.getPriorityId());
        String reference = draft.getReference().isEmpty() ? action.getReference() : draft.getReference();
        if (actions.existsByReferenceAndIdNot(reference, action.getId())) {
            throw new ValidationProblem("reference", "Another action has the reference " + reference + ".");
        }
        if (!permissions.current().admin() && draft.getWorkstreamId() != null
                && !draft.getWorkstreamId().equals(workstreamId(action))
                && !permissions.current().mayCreateIn(draft.getWorkstreamId())) {
            throw new AccessDeniedException("Only admins move an action to a workstream you do not lead.");
        }
        apply(draft, reference, action);
        flush(action);
    }

    /** This half-term's update: the first one creates it, its author may change it until the half-term closes. */
    @SignedIn
    @Transactional
    public void postUpdate(long actionId, long actionVersion, UpdateDraft draft) {
        check.valid(draft);
        ActionItem action = find(actionId);
        Actor actor = requireUpdate(action);
        guard(action, actionVersion);
        HalfTermInfo halfTerm = openHalfTerm();
        write(action, actor, halfTerm, draft);
        action.reportProgress(draft.getStatus(), draft.getPercentComplete());
        flush(action);
    }

    /** Completing needs the date it was done and a final update saying what difference it made. */
    @SignedIn
    @Transactional
    public void complete(long actionId, long version, @Nullable LocalDate on, String finalNarrative) {
        if (on == null) {
            throw new ValidationProblem("completedOn", "Enter the date the action was completed.");
        }
        if (on.isAfter(calendar.today())) {
            throw new ValidationProblem("completedOn", "The completion date cannot be in the future.");
        }
        ActionItem action = find(actionId);
        Actor actor = requireUpdate(action);
        guard(action, version);
        UpdateDraft update = UpdateDraft.of(ActionStatus.COMPLETE, 100, finalNarrative);
        check.valid(update);
        write(action, actor, openHalfTerm(), update);
        action.complete(on);
        flush(action);
    }

    @SignedIn
    @Transactional
    public void cancel(long actionId, long version, String reason) {
        String cleanReason = reason == null ? "" : reason.strip();
        if (cleanReason.isEmpty()) {
            throw new ValidationProblem("cancelReason", "Say why the action is cancelled.");
        }
        if (cleanReason.length() > ActionItem.REASON_LENGTH) {
            throw new ValidationProblem("cancelReason", "Use at most " + ActionItem.REASON_LENGTH + " characters.");
        }
        ActionItem action = find(actionId);
        requireEdit(action);
        guard(action, version);
        action.cancel(cleanReason);
        flush(action);
    }

    /** The forum or young people's group agree that the action was co-produced with them. */
    @AdminOrForumRep
    @Transactional
    public void signOffCoProduction(long actionId, long version) {
        ActionItem action = find(actionId);
        Actor actor = permissions.current();
        if (!actor.maySignOff(action)) {
            throw new AccessDeniedException(action.getSignedOffBy() != null ? "This action is already signed off."
                    : "Only forum reps and admins sign off the co-production of a co-produced action.");
        }
        guard(action, version);
        action.signOffCoProduction(actor.username(), clock.instant());
        flush(action);
    }

    private void write(ActionItem action, Actor actor, HalfTermInfo halfTerm, UpdateDraft draft) {
        ProgressUpdate update = updates.forActionAndHalfTerm(action.getId(), halfTerm.id()).orElse(null);
        if (update == null) {
            update = new ProgressUpdate(action, halfTerm.id(), actor.username(), clock.instant());
        } else {
            if (!update.getAuthor().equals(actor.username()) && !actor.admin()) {
                throw new ValidationProblem("narrative", update.getAuthor() + " has already given the "
                        + halfTerm.label() + " update; only they can change it.");
            }
            if (draft.getVersion() >= 0 && draft.getVersion() != update.getVersion()) {
                throw new ConcurrentEditException("this update");
            }
        }
        update.write(draft.getStatus(), draft.getPercentComplete(), draft.getNarrative(), clock.instant());
        updates.save(update);
    }

    private HalfTermInfo openHalfTerm() {
        HalfTermInfo halfTerm = calendar.current().orElseThrow(() -> new ValidationProblem("narrative",
                "Today is not in a half-term, so there is no update to give. Updates open when the next starts."));
        if (halfTerm.closed()) {
            throw new ValidationProblem("narrative", halfTerm.label()
                    + " is closed: its report has been issued and its updates can no longer change.");
        }
        return halfTerm;
    }

    private void apply(ActionDraft draft, String reference, ActionItem action) {
        Workstream workstream = draft.getWorkstreamId() == null ? null : workstreams.findById(
                draft.getWorkstreamId()).orElseThrow(() -> new ValidationProblem("workstreamId",
                "That workstream no longer exists."));
        action.describe(reference, draft.getTitle(), draft.getDescription(), draft.getPriorityId(), workstream,
                draft.getOwnerId(), draft.getPartnerOrganisationIds(), draft.getStartDate(), draft.getDueDate(),
                draft.getCoProducedWith());
    }

    /** "2.3" for the third action of priority 2: one more than the highest number used so far. */
    private String nextReference(PriorityInfo priority) {
        String prefix = priority.number() + ".";
        int highest = 0;
        for (String reference : actions.referencesStartingWith(prefix)) {
            try {
                highest = Math.max(highest, Integer.parseInt(reference.substring(prefix.length())));
            } catch (NumberFormatException ignored) {
                // a hand-made reference such as "2.3a" does not take part in numbering
            }
        }
        return prefix + (highest + 1);
    }

    private PriorityInfo priority(@Nullable Long id) {
        if (id == null) {
            throw new ValidationProblem("priorityId", "Choose the priority this action serves.");
        }
        return strategy.priority(id)
                .orElseThrow(() -> new ValidationProblem("priorityId", "That priority no longer exists."));
    }

    private void requireEdit(ActionItem action) {
        if (!permissions.current().mayEdit(action)) {
            throw new AccessDeniedException("Only admins, the action's owner and its workstream lead change it.");
        }
    }

    private Actor requireUpdate(ActionItem action) {
        Actor actor = permissions.current();
        if (!actor.mayUpdate(action)) {
            throw new AccessDeniedException("Only the action's owner, its workstream lead and admins update it.");
        }
        return actor;
    }

    private static @Nullable Long workstreamId(ActionItem action) {
        return action.getWorkstream() == null ? null : action.getWorkstream().getId();
    }

    private ActionItem find(@Nullable Long id) {
        if (id == null) {
            throw new IllegalArgumentException("No action id given");
        }
        return actions.findWithWorkstream(id)
                .orElseThrow(() -> new ValidationProblem("id", "That action no longer exists."));
    }

    private static void guard(ActionItem action, long version) {
        if (action.getVersion() != version) {
            throw new ConcurrentEditException("this action");
        }
    }

    private void flush(ActionItem action) {
        try {
            actions.saveAndFlush(action);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("this action");
        }
    }
}
