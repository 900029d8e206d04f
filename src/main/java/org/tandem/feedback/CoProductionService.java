package org.tandem.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.action.ActionPlanService;
import org.tandem.people.OrganisationService;
import org.tandem.people.OrganisationSummary;
import org.tandem.shared.AbstractEntity;
import org.tandem.shared.BeanCheck;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.shared.ValidationProblem;
import org.tandem.shared.audit.AuditHistory;
import org.tandem.shared.audit.HistoryEntry;
import org.tandem.people.AdminOnly;
import org.tandem.people.AdminOrForumRep;
import org.tandem.people.SignedIn;

/**
 * Co-production records: the pledge and who signed it (admins keep them), and the log of co-production
 * activities (admins and forum reps keep it). Everyone signed in reads them and their history.
 */
@Service
public class CoProductionService {

    static final int MAX_SIGNATORIES = 500;
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("text", "Pledge"), Map.entry("changedBy", "Changed by"), Map.entry("changedAt", "Changed at"),
            Map.entry("organisationId", "Organisation"), Map.entry("signedOn", "Signed on"),
            Map.entry("contactName", "Contact"), Map.entry("commitments", "Commitments"),
            Map.entry("heldOn", "Date"), Map.entry("kind", "Kind"), Map.entry("title", "Activity"),
            Map.entry("parentsCount", "Parents and carers"), Map.entry("youngPeopleCount",
                    "Children and young people"), Map.entry("professionalsCount", "Professionals"),
            Map.entry("whatChanged", "What changed"), Map.entry("loggedBy", "Logged by"),
            Map.entry("actionIds", "Linked actions"), Map.entry("feedbackIds", "Linked feedback"));

    private final Pledges pledges;
    private final PledgeSignatories signatories;
    private final CoProductionActivities activities;
    private final FeedbackItems feedback;
    private final OrganisationService organisations;
    private final ActionPlanService plan;
    private final AuditHistory auditHistory;
    private final BeanCheck check;
    private final Clock clock;
    private final FeedbackPermissions permissions;

    CoProductionService(Pledges pledges, PledgeSignatories signatories, CoProductionActivities activities,
            FeedbackItems feedback, OrganisationService organisations, ActionPlanService plan,
            AuditHistory auditHistory, BeanCheck check, Clock clock, FeedbackPermissions permissions) {
        this.permissions = permissions;
        this.pledges = pledges;
        this.signatories = signatories;
        this.activities = activities;
        this.feedback = feedback;
        this.organisations = organisations;
        this.plan = plan;
        this.auditHistory = auditHistory;
        this.check = check;
        this.clock = clock;
    }

    /** Whether the person signed in keeps the pledge and its signatories, so that screens offer it. */
    @SignedIn
    public boolean mayKeepPledge() {
        return permissions.mayKeepPledge();
    }

    /** Whether the person signed in logs and edits activities. */
    @SignedIn
    public boolean mayLogActivities() {
        return permissions.mayLogActivities();
    }

    @SignedIn
    @Transactional(readOnly = true)
    public PledgeInfo pledge() {
        CoProductionPledge pledge = thePledge();
        return new PledgeInfo(pledge.getVersion(), pledge.getText(), pledge.getChangedBy(), pledge.getChangedAt());
    }

    @AdminOnly
    @Transactional
    public void rewritePledge(long version, @Nullable String text) {
        requirePledgeKeeper();
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new ValidationProblem("text", "Write the pledge.");
        }
        if (clean.length() > CoProductionPledge.TEXT_LENGTH) {
            throw new ValidationProblem("text", "Use at most " + CoProductionPledge.TEXT_LENGTH + " characters.");
        }
        CoProductionPledge pledge = thePledge();
        guard(pledge, version, "the pledge");
        pledge.rewrite(clean, permissions.username(), clock.instant());
        save(pledges::saveAndFlush, pledge, "the pledge");
    }

    @SignedIn
    @Transactional(readOnly = true)
    public List<SignatoryRow> signatories() {
        Map<Long, String> names = organisationNames();
        return signatories.findAllByOrderBySignedOnAscIdAsc(PageRequest.of(0, MAX_SIGNATORIES)).stream()
                .map(s -> new SignatoryRow(s.getId(), s.getVersion(), s.getOrganisationId(),
                        names.getOrDefault(s.getOrganisationId(), "Organisation " + s.getOrganisationId()),
                        s.getSignedOn(), s.getContactName(), s.getCommitments()))
                .toList();
    }

    @AdminOnly
    @Transactional
    public long addSignatory(SignatoryDraft draft) {
        requirePledgeKeeper();
        checkSignatory(draft);
        if (signatories.existsByOrganisationId(draft.organisationId())) {
            throw new ValidationProblem("organisationId", "That organisation has already signed; edit its entry.");
        }
        return signatories.saveAndFlush(new PledgeSignatory(draft)).getId();
    }

    @AdminOnly
    @Transactional
    public void updateSignatory(SignatoryDraft draft) {
        requirePledgeKeeper();
        checkSignatory(draft);
        PledgeSignatory signatory = signatories.findById(requireId(draft.id()))
                .orElseThrow(() -> new ValidationProblem("id", "That signatory no longer exists."));
        guard(signatory, draft.version(), "this signatory");
        if (signatory.getOrganisationId() != draft.organisationId()
                && signatories.existsByOrganisationId(draft.organisationId())) {
            throw new ValidationProblem("organisationId", "That organisation has already signed; edit its entry.");
        }
        signatory.record(draft);
        save(signatories::saveAndFlush, signatory, "this signatory");
    }

    /** Activities, newest first, a page at a time. */
    @SignedIn
    @Transactional(readOnly = true)
    public List<ActivityRow> activities(Pageable pageable) {
        return activities.findAllByOrderByHeldOnDescIdDesc(pageable).stream().map(CoProductionService::row).toList();
    }

    @SignedIn
    @Transactional(readOnly = true)
    public long activityCount() {
        return activities.count();
    }

    @AdminOrForumRep
    @Transactional
    public long logActivity(ActivityDraft draft) {
        requireActivityKeeper();
        checkActivity(draft);
        CoProductionActivity activity = new CoProductionActivity(permissions.username());
        activity.record(draft);
        return activities.saveAndFlush(activity).getId();
    }

    @AdminOrForumRep
    @Transactional
    public void updateActivity(ActivityDraft draft) {
        requireActivityKeeper();
        checkActivity(draft);
        CoProductionActivity activity = activities.findById(requireId(draft.id()))
                .orElseThrow(() -> new ValidationProblem("id", "That activity no longer exists."));
        guard(activity, draft.version(), "this activity");
        activity.record(draft);
        save(activities::saveAndFlush, activity, "this activity");
    }

    @SignedIn
    @Transactional(readOnly = true)
    public List<HistoryEntry> pledgeHistory() {
        return auditHistory.of(CoProductionPledge.class, thePledge().getId(), "Pledge", CoProductionService::label);
    }

    @SignedIn
    @Transactional(readOnly = true)
    public List<HistoryEntry> signatoryHistory(long id) {
        return auditHistory.of(PledgeSignatory.class, id, "Signatory", CoProductionService::label);
    }

    @SignedIn
    @Transactional(readOnly = true)
    public List<HistoryEntry> activityHistory(long id) {
        return auditHistory.of(CoProductionActivity.class, id, "Activity", CoProductionService::label);
    }

    private static String label(String field) {
        return LABELS.getOrDefault(field, field);
    }

    private void checkSignatory(SignatoryDraft draft) {
        check.valid(draft);
        if (!organisationNames().containsKey(draft.organisationId())) {
            throw new ValidationProblem("organisationId", "That organisation no longer exists.");
        }
        if (draft.signedOn().isAfter(LocalDate.now(clock))) {
            throw new ValidationProblem("signedOn", "The date it was signed cannot be in the future.");
        }
    }

    private void checkActivity(ActivityDraft draft) {
        check.valid(draft);
        if (draft.heldOn().isAfter(LocalDate.now(clock))) {
            throw new ValidationProblem("heldOn", "Log an activity once it has taken place: the date is in the future.");
        }
        if (count(draft.parents()) + count(draft.youngPeople()) + count(draft.professionals()) == 0) {
            throw new ValidationProblem("parents", "Give how many took part from at least one group.");
        }
        for (long actionId : draft.actionIds()) {
            try {
                plan.details(actionId);
            } catch (ValidationProblem gone) {
                throw new ValidationProblem("actionIds", "One of those actions no longer exists.");
            }
        }
        if (!draft.feedbackIds().isEmpty() && feedback.findAllById(draft.feedbackIds()).size()
                != draft.feedbackIds().size()) {
            throw new ValidationProblem("feedbackIds", "One of those pieces of feedback no longer exists.");
        }
    }

    private static int count(@Nullable Integer people) {
        return people == null ? 0 : people;
    }

    private Map<Long, String> organisationNames() {
        return organisations.list().stream().collect(Collectors.toMap(OrganisationSummary::id,
                OrganisationSummary::name));
    }

    private CoProductionPledge thePledge() {
        return pledges.findAll(PageRequest.of(0, 1)).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("The pledge row is missing (see V6__coproduction)"));
    }

    private void requirePledgeKeeper() {
        if (!permissions.mayKeepPledge()) {
            throw new AccessDeniedException("Only admins change the pledge and its signatories.");
        }
    }

    private void requireActivityKeeper() {
        if (!permissions.mayLogActivities()) {
            throw new AccessDeniedException("Only admins and forum reps log co-production activities.");
        }
    }

    private static long requireId(@Nullable Long id) {
        if (id == null) {
            throw new IllegalArgumentException("No id given");
        }
        return id;
    }

    private static void guard(AbstractEntity entity, long version, String what) {
        if (entity.getVersion() != version) {
            throw new ConcurrentEditException(what);
        }
    }

    private static <T> void save(Function<T, T> saver, T entity, String what) {
        try {
            saver.apply(entity);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException(what);
        }
    }

    private static ActivityRow row(CoProductionActivity a) {
        return new ActivityRow(a.getId(), a.getVersion(), a.getHeldOn(), a.getKind(), a.getTitle(),
                a.getParentsCount(), a.getYoungPeopleCount(), a.getProfessionalsCount(), a.getWhatChanged(),
                a.getLoggedBy(), Set.copyOf(a.getActionIds()), Set.copyOf(a.getFeedbackIds()));
    }
}
