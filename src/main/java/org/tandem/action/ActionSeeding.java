package org.tandem.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.shared.BeanCheck;
import org.tandem.shared.ValidationProblem;
import org.tandem.people.AdminOnly;

/**
 * An action plan with a past, set up at start-up (the demo): updates for a given half-term, author and time,
 * which {@link ActionService} only takes for today's open half-term from the person signed in. Each call adds
 * only what is missing and leaves alone what people changed since, so running it again changes nothing.
 */
@Component
public class ActionSeeding {

    private final Workstreams workstreams;
    private final ActionItems actions;
    private final ProgressUpdates updates;
    private final BeanCheck check;

    ActionSeeding(Workstreams workstreams, ActionItems actions, ProgressUpdates updates, BeanCheck check) {
        this.workstreams = workstreams;
        this.actions = actions;
        this.updates = updates;
        this.check = check;
    }

    /** The workstream of that name, created as described when there is none. */
    @AdminOnly
    @Transactional
    public long workstream(String name, String purpose, @Nullable Long leadId, Set<Long> memberIds,
            Set<Long> priorityIds) {
        return workstreams.findFirstByNameIgnoreCase(name).orElseGet(() -> {
            Workstream workstream = new Workstream(name);
            workstream.describe(name, purpose, leadId, new HashSet<>(memberIds), new HashSet<>(priorityIds));
            return workstreams.saveAndFlush(workstream);
        }).getId();
    }

    /** Creates the action unless one has its reference; the id only when it was created now. */
    @AdminOnly
    @Transactional
    public Optional<Long> action(ActionDraft draft) {
        check.valid(draft);
        if (draft.getReference().isEmpty()) {
            throw new ValidationProblem("reference", "Seeded actions need a reference, to know them again.");
        }
        if (actions.existsByReference(draft.getReference())) {
            return Optional.empty();
        }
        Workstream workstream = draft.getWorkstreamId() == null ? null
                : workstreams.findById(draft.getWorkstreamId()).orElseThrow(
                        () -> new IllegalArgumentException("No workstream " + draft.getWorkstreamId()));
        ActionItem action = new ActionItem(draft.getReference(), draft.getPriorityId());
        action.describe(draft.getReference(), draft.getTitle(), draft.getDescription(), draft.getPriorityId(),
                workstream, draft.getOwnerId(), draft.getPartnerOrganisationIds(), draft.getStartDate(),
                draft.getDueDate(), draft.getCoProducedWith());
        return Optional.of(actions.saveAndFlush(action).getId());
    }

    /**
     * The update {@code author} gave for a half-term at {@code at}, which moves the action's status as an owner's
     * update does. Skipped when the action already has an update for that half-term or is complete or cancelled.
     */
    @AdminOnly
    @Transactional
    public boolean update(long actionId, long halfTermId, String author, Instant at, UpdateDraft draft) {
        check.valid(draft);
        ActionItem action = find(actionId);
        if (!action.getStatus().isOpen() || updates.forActionAndHalfTerm(actionId, halfTermId).isPresent()) {
            return false;
        }
        write(action, halfTermId, author, at, draft);
        action.reportProgress(draft.getStatus(), draft.getPercentComplete());
        actions.saveAndFlush(action);
        return true;
    }

    /** Completes an open action on {@code on}, with its final update for the half-term it was done in. */
    @AdminOnly
    @Transactional
    public boolean complete(long actionId, LocalDate on, long halfTermId, String author, Instant at,
            String finalNarrative) {
        UpdateDraft finalUpdate = check.valid(UpdateDraft.of(ActionStatus.COMPLETE, 100, finalNarrative));
        ActionItem action = find(actionId);
        if (!action.getStatus().isOpen()) {
            return false;
        }
        ProgressUpdate update = updates.forActionAndHalfTerm(actionId, halfTermId).orElse(null);
        if (update == null) {
            write(action, halfTermId, author, at, finalUpdate);
        } else {
            update.write(ActionStatus.COMPLETE, 100, finalNarrative, at);
        }
        action.complete(on);
        actions.saveAndFlush(action);
        return true;
    }

    @AdminOnly
    @Transactional
    public boolean cancel(long actionId, String reason) {
        if (reason.isBlank() || reason.length() > ActionItem.REASON_LENGTH) {
            throw new ValidationProblem("cancelReason", "Give a reason of 1 to " + ActionItem.REASON_LENGTH
                    + " characters.");
        }
        ActionItem action = find(actionId);
        if (!action.getStatus().isOpen()) {
            return false;
        }
        action.cancel(reason);
        actions.saveAndFlush(action);
        return true;
    }

    /** The forum's or young people's agreement that the action was co-produced with them, unless given already. */
    @AdminOnly
    @Transactional
    public boolean signOffCoProduction(long actionId, String byWhom, Instant at) {
        ActionItem action = find(actionId);
        if (action.getSignedOffBy() != null) {
            return false;
        }
        action.signOffCoProduction(byWhom, at);
        actions.saveAndFlush(action);
        return true;
    }

    private void write(ActionItem action, long halfTermId, String author, Instant at, UpdateDraft draft) {
        ProgressUpdate update = new ProgressUpdate(action, halfTermId, author, at);
        update.write(draft.getStatus(), draft.getPercentComplete(), draft.getNarrative(), at);
        updates.save(update);
    }

    private ActionItem find(long actionId) {
        return actions.findById(actionId)
                .orElseThrow(() -> new IllegalArgumentException("No action " + actionId));
    }
}
