package org.tandem.feedback;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.tandem.action.ActionPlanService;
import org.tandem.people.OrganisationService;
import org.tandem.people.Person;
import org.tandem.people.UserService;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.shared.BeanCheck;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.shared.ValidationProblem;
import org.tandem.strategy.StrategyService;
import org.tandem.people.AdminOrForumRep;
import org.tandem.people.SignedIn;

/**
 * The "you said, we did" workflow. Forum reps log, edit their own unpublished items, word, agree and publish;
 * the assigned officer drafts the response; admins do everything. Each step is checked here and written to the
 * item's timeline.
 */
@Service
public class FeedbackService {

    static final int MAX_ACTIONS = 20;

    private final FeedbackItems items;
    private final FeedbackSteps steps;
    private final PersonalDataCheck personalData;
    private final UserService users;
    private final FeedbackPermissions permissions;
    private final FeedbackChoices choices;
    private final OrganisationService organisations;
    private final StrategyService strategy;
    private final ActionPlanService plan;
    private final BeanCheck check;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FeedbackService(FeedbackItems items, FeedbackSteps steps, PersonalDataCheck personalData, UserService users,
            FeedbackPermissions permissions, FeedbackChoices choices, OrganisationService organisations,
            StrategyService strategy, ActionPlanService plan, BeanCheck check, ApplicationEventPublisher events,
            Clock clock) {
        this.items = items;
        this.steps = steps;
        this.personalData = personalData;
        this.users = users;
        this.permissions = permissions;
        this.choices = choices;
        this.organisations = organisations;
        this.strategy = strategy;
        this.plan = plan;
        this.check = check;
        this.events = events;
        this.clock = clock;
    }

    @AdminOrForumRep
    @Transactional
    public long log(FeedbackDraft draft) {
        check.valid(draft);
        Feedback feedback = new Feedback(permissions.username(), clock.instant());
        apply(draft, feedback);
        long id = items.saveAndFlush(feedback).getId();
        step(id, StepKind.LOGGED, null);
        return id;
    }

    @AdminOrForumRep
    @Transactional(readOnly = true)
    public FeedbackDraft edit(long id) {
        Feedback feedback = find(id);
        requireEdit(feedback);
        return FeedbackDraft.of(feedback);
    }

    @AdminOrForumRep
    @Transactional
    public void update(FeedbackDraft draft) {
        check.valid(draft);
        Feedback feedback = find(draft.getId());
        requireEdit(feedback);
        guard(feedback, draft.getVersion());
        apply(draft, feedback);
        flush(feedback, StepKind.EDITED, null);
    }

    @AdminOrForumRep
    @Transactional
    public void assign(long id, long version, @Nullable Long organisationId, @Nullable Long officerId) {
        if (organisationId == null || organisations.list().stream().noneMatch(o -> o.id() == organisationId)) {
            throw new ValidationProblem("organisationId", "Choose the partner organisation that will respond.");
        }
        if (officerId == null || users.people(Set.of(officerId)).isEmpty()) {
            throw new ValidationProblem("officerId", "Choose the officer who will write the response.");
        }
        Feedback feedback = find(id);
        guard(feedback, version);
        feedback.assign(organisationId, officerId);
        Person officer = users.people(Set.of(officerId)).get(officerId);
        flush(feedback, StepKind.ASSIGNED, "To " + officer.displayName());
        events.publishEvent(new FeedbackAssigned(id, officer.displayName(), officer.email(),
                feedback.getWhatWasSaid()));
    }

    /** Only the assigned officer (or an admin) writes the response. */
    @SignedIn
    @Transactional
    public void draftResponse(long id, long version, ResponseDraft draft) {
        Feedback feedback = find(id);
        if (!permissions.mayRespond(feedback)) {
            throw new AccessDeniedException("Only the assigned officer and admins write the response.");
        }
        if (draft.kind() == null) {
            throw new ValidationProblem("responseKind", "Choose whether it was done, is in progress or could not be done.");
        }
        String text = limited(draft.text(), Feedback.RESPONSE_LENGTH, "responseText",
                "Say what was done, or what is being done.");
        String reason = draft.couldNotReason() == null || draft.couldNotReason().isBlank() ? null
                : limited(draft.couldNotReason(), Feedback.REASON_LENGTH, "couldNotReason", "");
        if (draft.actionIds().size() > MAX_ACTIONS) {
            throw new ValidationProblem("actionIds", "Link at most " + MAX_ACTIONS + " actions.");
        }
        for (long actionId : draft.actionIds()) {
            try {
                plan.details(actionId);
            } catch (ValidationProblem gone) {
                throw new ValidationProblem("actionIds", "One of those actions no longer exists.");
            }
        }
        guard(feedback, version);
        feedback.draftResponse(draft.kind(), text, reason, draft.actionIds());
        flush(feedback, StepKind.RESPONSE_DRAFTED, draft.kind().label());
    }

    /** The reviewed public wording, its own text apart from what was said and the officer's response. */
    @AdminOrForumRep
    @Transactional
    public void word(long id, long version, String youSaid, String weDid) {
        Feedback feedback = find(id);
        guard(feedback, version);
        if (feedback.getStage() == Stage.PUBLISHED) {
            throw new ValidationProblem("publicYouSaid", "Change published wording with \"Update published wording\".");
        }
        feedback.word(publicText(youSaid, "publicYouSaid", "you said"), publicText(weDid, "publicWeDid", "we did"));
        flush(feedback, StepKind.WORDING_CHANGED, null);
    }

    @AdminOrForumRep
    @Transactional
    public void agree(long id, long version) {
        Feedback feedback = find(id);
        guard(feedback, version);
        feedback.agree();
        flush(feedback, StepKind.AGREED, null);
    }

    /**
     * Agrees the public wording as the forum read it, saving it first if it differs from what was saved: one step,
     * so that an agreement never rests on wording that was typed but not kept, and nothing is half-done.
     */
    @AdminOrForumRep
    @Transactional
    public void agree(long id, long version, String youSaid, String weDid) {
        Feedback feedback = find(id);
        guard(feedback, version);
        String cleanYouSaid = publicText(youSaid, "publicYouSaid", "you said");
        String cleanWeDid = publicText(weDid, "publicWeDid", "we did");
        boolean reworded = !cleanYouSaid.equals(feedback.getPublicYouSaid())
                || !cleanWeDid.equals(feedback.getPublicWeDid());
        feedback.agree(cleanYouSaid, cleanWeDid);
        if (reworded) {
            flush(feedback, StepKind.WORDING_CHANGED, null);
            step(id, StepKind.AGREED, null);
        } else {
            flush(feedback, StepKind.AGREED, null);
        }
    }

    /** What the personal-data check finds in the item's public wording now. */
    @AdminOrForumRep
    @Transactional(readOnly = true)
    public List<Finding> findings(long id) {
        Feedback feedback = find(id);
        return findings(feedback.getPublicYouSaid(), feedback.getPublicWeDid());
    }

    /** What the check finds in wording not yet saved, so a form can show it before anything is stored. */
    @AdminOrForumRep
    public List<Finding> findings(@Nullable String youSaid, @Nullable String weDid) {
        List<Finding> found = new ArrayList<>(personalData.findings(youSaid == null ? "" : youSaid, "you said"));
        found.addAll(personalData.findings(weDid == null ? "" : weDid, "we did"));
        return found;
    }

    /**
     * Publishes the agreed wording, refused while any finding of the personal-data check is neither edited away
     * nor confirmed (by its {@link Finding#key()}).
     */
    @AdminOrForumRep
    @Transactional
    public void publish(long id, long version, Set<String> confirmed) {
        Feedback feedback = find(id);
        guard(feedback, version);
        String note = requireConfirmed(findings(feedback.getPublicYouSaid(), feedback.getPublicWeDid()), confirmed);
        feedback.publish(clock.instant());
        flush(feedback, StepKind.PUBLISHED, note);
        events.publishEvent(new FeedbackPublicationChanged(id));
    }

    /** New public wording for a published item (say, "in progress" became "done"); checked like publishing. */
    @AdminOrForumRep
    @Transactional
    public void updatePublished(long id, long version, String youSaid, String weDid, Set<String> confirmed) {
        Feedback feedback = find(id);
        guard(feedback, version);
        if (feedback.getStage() != Stage.PUBLISHED) {
            throw new ValidationProblem("stage", "Only published wording is updated this way.");
        }
        String cleanYouSaid = publicText(youSaid, "publicYouSaid", "you said");
        String cleanWeDid = publicText(weDid, "publicWeDid", "we did");
        String note = requireConfirmed(findings(cleanYouSaid, cleanWeDid), confirmed);
        feedback.updatePublished(cleanYouSaid, cleanWeDid);
        flush(feedback, StepKind.UPDATED, note);
        events.publishEvent(new FeedbackPublicationChanged(id));
    }

    @AdminOrForumRep
    @Transactional
    public void withdraw(long id, long version, String reason) {
        String cleanReason = limited(reason, Feedback.REASON_LENGTH, "withdrawnReason",
                "Say why it is withdrawn.");
        Feedback feedback = find(id);
        guard(feedback, version);
        feedback.withdraw(cleanReason);
        flush(feedback, StepKind.WITHDRAWN, cleanReason);
        events.publishEvent(new FeedbackPublicationChanged(id));
    }

    @AdminOrForumRep
    @Transactional
    public void archive(long id, long version) {
        Feedback feedback = find(id);
        guard(feedback, version);
        boolean wasPublic = feedback.getStage() == Stage.PUBLISHED;
        feedback.archive();
        flush(feedback, StepKind.ARCHIVED, null);
        if (wasPublic) {
            events.publishEvent(new FeedbackPublicationChanged(id));
        }
    }

    private String requireConfirmed(List<Finding> found, Set<String> confirmed) {
        List<Finding> open = found.stream().filter(finding -> !confirmed.contains(finding.key())).toList();
        if (!open.isEmpty()) {
            throw new ValidationProblem("findings", "The public wording may hold personal data. Edit it, or "
                    + "confirm each finding: " + String.join("; ", open.stream().map(Finding::describe).toList()));
        }
        return found.isEmpty() ? null : "Confirmed by the publisher: " + String.join("; ",
                new LinkedHashSet<>(found.stream().map(Finding::describe).toList()));
    }

    private void apply(FeedbackDraft draft, Feedback feedback) {
        if (draft.getSaidOn().isAfter(java.time.LocalDate.now(clock))) {
            throw new ValidationProblem("saidOn", "The date it was said cannot be in the future.");
        }
        Set<Long> priorities = draft.getPriorityIds();
        if (!priorities.isEmpty() && strategy.prioritiesById(priorities).size() != priorities.size()) {
            throw new ValidationProblem("priorityIds", "One of those priorities no longer exists.");
        }
        choices.requireChoosable(draft.getChannel(), feedback.getChannel());
        choices.requireChoosable(draft.getThemes(), feedback.getThemes());
        feedback.describe(draft.getWhatWasSaid(), draft.getSaidOn(), draft.getChannel(), draft.getVoiceGroup(),
                draft.getPeopleCount(), draft.getThemes(), priorities);
    }

    private void requireEdit(Feedback feedback) {
        if (!permissions.mayEdit(feedback)) {
            throw new AccessDeniedException("Only admins and the rep who logged it change what was said.");
        }
    }

    private static String publicText(@Nullable String text, String field, String name) {
        return limited(text, Feedback.PUBLIC_LENGTH, field, "Write the public \"" + name + "\".");
    }

    private static String limited(@Nullable String text, int length, String field, String whenEmpty) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new ValidationProblem(field, whenEmpty);
        }
        if (clean.length() > length) {
            throw new ValidationProblem(field, "Use at most " + length + " characters.");
        }
        return clean;
    }

    private void step(long id, StepKind kind, @Nullable String note) {
        steps.save(new FeedbackStep(id, kind, permissions.username(), clock.instant(), note));
    }

    private Feedback find(@Nullable Long id) {
        if (id == null) {
            throw new IllegalArgumentException("No feedback id given");
        }
        return items.findById(id).orElseThrow(() -> new ValidationProblem("id", "That feedback no longer exists."));
    }

    private static void guard(Feedback feedback, long version) {
        if (feedback.getVersion() != version) {
            throw new ConcurrentEditException("this feedback");
        }
    }

    private void flush(Feedback feedback, StepKind kind, @Nullable String note) {
        try {
            items.saveAndFlush(feedback);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("this feedback");
        }
        step(feedback.getId(), kind, note);
    }
}
