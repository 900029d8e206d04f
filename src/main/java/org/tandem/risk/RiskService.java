package org.tandem.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.action.ActionPlanService;
import org.tandem.action.WorkstreamService;
import org.tandem.people.AdminOrLead;
import org.tandem.people.OrganisationService;
import org.tandem.people.SignedIn;
import org.tandem.people.UserService;
import org.tandem.shared.BeanCheck;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.shared.ValidationProblem;
import org.tandem.strategy.StrategyService;

/**
 * Raising, editing and closing risks. Workstream leads and admins raise them; the owner and admins edit and close
 * them (see {@link RiskPermissions}). Each change is all or nothing, and one reaching the board threshold takes
 * the risk to the board.
 */
@Service
public class RiskService {

    static final int MAX_LINKS = 20;

    private final Risks risks;
    private final RiskLists lists;
    private final RiskPermissions permissions;
    private final RiskSteps steps;
    private final UserService users;
    private final OrganisationService organisations;
    private final WorkstreamService workstreams;
    private final StrategyService strategy;
    private final ActionPlanService plan;
    private final BeanCheck check;
    private final Clock clock;

    RiskService(Risks risks, RiskLists lists, RiskPermissions permissions, RiskSteps steps, UserService users,
            OrganisationService organisations, WorkstreamService workstreams, StrategyService strategy,
            ActionPlanService plan, BeanCheck check, Clock clock) {
        this.risks = risks;
        this.lists = lists;
        this.permissions = permissions;
        this.steps = steps;
        this.users = users;
        this.organisations = organisations;
        this.workstreams = workstreams;
        this.strategy = strategy;
        this.plan = plan;
        this.check = check;
        this.clock = clock;
    }

    /** A lead raises a risk they own; an admin raises one for anyone. */
    @AdminOrLead
    @Transactional
    public long raise(RiskDraft draft) {
        if (!permissions.mayRaise()) {
            throw new AccessDeniedException("Only admins and workstream leads raise risks.");
        }
        check.valid(draft);
        if (!permissions.mayGiveTo(draft.getOwnerId())) {
            throw new ValidationProblem("ownerId", "A workstream lead raises risks they own; an admin can give "
                    + "one to someone else.");
        }
        String reference = reference(draft.getReference(), null);
        Risk risk = new Risk(reference, draft.getLevel(), permissions.username(), clock.instant());
        ScoringRules rules = lists.rules();
        draft.setReference(reference);
        apply(draft, risk, null, rules);
        Risk saved = risks.saveAndFlush(risk);
        steps.afterScoreChange(saved, null, rules);
        risks.saveAndFlush(saved);
        return saved.getId();
    }

    /** A new risk's draft, owned by whoever raises it; an admin may give it to someone else. */
    @AdminOrLead
    @Transactional(readOnly = true)
    public RiskDraft draft() {
        if (!permissions.mayRaise()) {
            throw new AccessDeniedException("Only admins and workstream leads raise risks.");
        }
        RiskDraft draft = new RiskDraft();
        draft.setOwnerId(permissions.me());
        return draft;
    }

    @SignedIn
    @Transactional(readOnly = true)
    public RiskDraft edit(long id) {
        Risk risk = find(id);
        requireEdit(risk);
        return RiskDraft.of(risk);
    }

    @SignedIn
    @Transactional
    public void update(RiskDraft draft) {
        check.valid(draft);
        Risk risk = find(draft.getId());
        requireEdit(risk);
        guard(risk, draft.getVersion());
        if (draft.getOwnerId() != null && draft.getOwnerId() != risk.getOwnerId()
                && !permissions.mayGiveTo(draft.getOwnerId())) {
            throw new ValidationProblem("ownerId", "Only an admin gives a risk to another owner.");
        }
        draft.setReference(reference(draft.getReference(), risk));
        int before = risk.residual().score();
        ScoringRules rules = lists.rules();
        apply(draft, risk, risk, rules);
        steps.afterScoreChange(risk, before, rules);
        flush(risk);
    }

    /** Closes an open risk; the reason is required and kept. */
    @SignedIn
    @Transactional
    public void close(long id, long version, String reason) {
        Risk risk = find(id);
        if (!permissions.mayClose(risk)) {
            throw new AccessDeniedException("Only the risk's owner and admins close it.");
        }
        guard(risk, version);
        risk.close(reason, LocalDate.now(clock));
        flush(risk);
    }

    private void apply(RiskDraft draft, Risk risk, @Nullable Risk existing, ScoringRules rules) {
        RiskScore inherent = RiskScore.of("inherent", draft.getInherentLikelihood(), draft.getInherentImpact());
        RiskScore residual = RiskScore.of("residual", draft.getResidualLikelihood(), draft.getResidualImpact());
        RiskScore target = RiskScore.of("target", draft.getTargetLikelihood(), draft.getTargetImpact());
        Category category = lists.byCode().get(draft.getCategory());
        if (category == null || !category.active() && (existing == null
                || !existing.getCategory().equals(draft.getCategory()))) {
            throw new ValidationProblem("category", "Choose one of the categories offered.");
        }
        long ownerId = draft.getOwnerId();
        if (users.people(Set.of(ownerId)).isEmpty()) {
            throw new ValidationProblem("ownerId", "That person is no longer in the workspace.");
        }
        if (draft.getWorkstreamId() != null && workstreams.list().stream()
                .noneMatch(w -> w.id() == draft.getWorkstreamId())) {
            throw new ValidationProblem("workstreamId", "That workstream no longer exists.");
        }
        requireLinks(draft);
        LocalDate today = LocalDate.now(clock);
        if (draft.getTargetDate() != null && existing == null && draft.getTargetDate().isBefore(today)) {
            throw new ValidationProblem("targetDate", "The target date cannot be in the past.");
        }
        LocalDate next = draft.getNextReviewOn();
        if (next == null) {
            next = rules.nextReview(residual, today);
        } else if (next.isBefore(today) && (existing == null || !next.equals(existing.getNextReviewOn()))) {
            throw new ValidationProblem("nextReviewOn", "The next review date cannot be in the past.");
        }
        risk.describe(draft, inherent, residual, target, next);
    }

    private void requireLinks(RiskDraft draft) {
        if (draft.getActionIds().size() > MAX_LINKS) {
            throw new ValidationProblem("actionIds", "Link at most " + MAX_LINKS + " actions.");
        }
        for (long actionId : draft.getActionIds()) {
            try {
                plan.details(actionId);
            } catch (ValidationProblem gone) {
                throw new ValidationProblem("actionIds", "One of those actions no longer exists.");
            }
        }
        Set<Long> priorities = draft.getPriorityIds();
        if (!priorities.isEmpty() && strategy.prioritiesById(priorities).size() != priorities.size()) {
            throw new ValidationProblem("priorityIds", "One of those priorities no longer exists.");
        }
        if (!draft.getPartnerIds().isEmpty() && organisations.list().stream().filter(o -> draft.getPartnerIds()
                .contains(o.id())).count() != draft.getPartnerIds().size()) {
            throw new ValidationProblem("partnerIds", "One of those partner organisations no longer exists.");
        }
    }

    /** The reference given, or the next free "R-001"; a reference is unique in the register. */
    private String reference(String wanted, @Nullable Risk existing) {
        String clean = wanted == null ? "" : wanted.strip();
        if (clean.isEmpty()) {
            if (existing != null) {
                return existing.getReference();
            }
            int next = risks.numberedReferences().stream().map(r -> r.substring(2)).filter(n -> n.matches("\\d+"))
                    .mapToInt(Integer::parseInt).max().orElse(0) + 1;
            return "R-%03d".formatted(next);
        }
        risks.findByReference(clean).filter(other -> existing == null || !other.getId().equals(existing.getId()))
                .ifPresent(other -> {
                    throw new ValidationProblem("reference", "Another risk already has the reference " + clean
                            + ".");
                });
        return clean;
    }

    private void requireEdit(Risk risk) {
        if (!permissions.mayEdit(risk)) {
            throw new AccessDeniedException("Only the risk's owner and admins change it.");
        }
    }

    private Risk find(@Nullable Long id) {
        if (id == null) {
            throw new IllegalArgumentException("No risk id given");
        }
        return risks.findById(id).filter(permissions::maySee)
                .orElseThrow(() -> new ValidationProblem("id", "That risk no longer exists."));
    }

    static void guard(Risk risk, long version) {
        if (risk.getVersion() != version) {
            throw new ConcurrentEditException("this risk");
        }
    }

    private void flush(Risk risk) {
        try {
            risks.saveAndFlush(risk);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("this risk");
        }
    }
}
