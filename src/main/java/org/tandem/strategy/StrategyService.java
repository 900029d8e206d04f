package org.tandem.strategy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.CurrentUser;
import org.tandem.people.Person;
import org.tandem.people.Role;
import org.tandem.people.UserService;
import org.tandem.shared.BeanCheck;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.shared.Rag;
import org.tandem.shared.ValidationProblem;
import org.tandem.shared.audit.AuditHistory;
import org.tandem.shared.audit.HistoryEntry;
import org.tandem.people.AdminOnly;
import org.tandem.people.AdminOrBoardMember;
import org.tandem.people.SignedIn;

/** The strategy and its priorities: everyone signed in reads; admins shape; board members may override a RAG. */
@Service
public class StrategyService {

    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("name", "Name"),
            Map.entry("periodFrom", "From"), Map.entry("periodTo", "To"), Map.entry("vision", "Vision"),
            Map.entry("principles", "Principles"), Map.entry("status", "Status"),
            Map.entry("approvedOn", "Approved on"), Map.entry("approvedBy", "Approved by"),
            Map.entry("current", "Current"), Map.entry("number", "Number"), Map.entry("title", "Title"),
            Map.entry("description", "Description"), Map.entry("outcomes", "Outcomes"),
            Map.entry("sponsorId", "Board sponsor"), Map.entry("leadOrganisationId", "Lead partner"),
            Map.entry("ragOverride", "RAG override"), Map.entry("ragOverrideReason", "Override reason"),
            Map.entry("ragOverrideBy", "Overridden by"), Map.entry("ragOverrideAt", "Overridden at"),
            Map.entry("strategy", "Strategy"));

    private final Strategies strategies;
    private final Priorities priorities;
    private final BeanCheck check;
    private final AuditHistory auditHistory;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final StrategyPermissions permissions;
    private final UserService users;

    StrategyService(Strategies strategies, Priorities priorities, BeanCheck check, AuditHistory auditHistory,
            Clock clock, CurrentUser currentUser, StrategyPermissions permissions, UserService users) {
        this.currentUser = currentUser;
        this.permissions = permissions;
        this.users = users;
        this.strategies = strategies;
        this.priorities = priorities;
        this.check = check;
        this.auditHistory = auditHistory;
        this.clock = clock;
    }

    @SignedIn
    @Transactional(readOnly = true)
    public Optional<StrategyInfo> current() {
        return strategies.findFirstByCurrentTrue().map(StrategyInfo::of);
    }

    @SignedIn
    @Transactional(readOnly = true)
    public List<StrategyInfo> strategies() {
        return strategies.findAllByOrderByPeriodFromDesc().stream().map(StrategyInfo::of).toList();
    }

    /** Whether the person signed in sets up the strategy and its priorities, so that screens offer it. */
    @SignedIn
    public boolean mayEdit() {
        return permissions.mayEdit();
    }

    /** Whether the person signed in may override a priority's RAG. */
    @SignedIn
    public boolean mayOverrideRag() {
        return permissions.mayOverrideRag();
    }

    /** The people who may sponsor a priority: board members. */
    @SignedIn
    @Transactional(readOnly = true)
    public List<Person> candidateSponsors() {
        return users.peopleWithRole(Role.BOARD_MEMBER);
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public StrategyDraft editStrategy(long id) {
        return StrategyDraft.of(findStrategy(id));
    }

    @AdminOnly
    @Transactional
    public long createStrategy(StrategyDraft draft) {
        check.valid(draft);
        Strategy strategy = new Strategy(draft.getName(), draft.getPeriodFrom(), draft.getPeriodTo(),
                draft.getVision(), draft.getPrinciples());
        if (strategies.findFirstByCurrentTrue().isEmpty()) {
            strategy.makeCurrent();
        }
        return strategies.saveAndFlush(strategy).getId();
    }

    @AdminOnly
    @Transactional
    public void updateStrategy(StrategyDraft draft) {
        check.valid(draft);
        Strategy strategy = editable(findStrategy(draft.getId()), draft.getVersion());
        strategy.describe(draft.getName(), draft.getPeriodFrom(), draft.getPeriodTo(), draft.getVision(),
                draft.getPrinciples());
        flush(() -> strategies.saveAndFlush(strategy), "the strategy");
    }

    @AdminOnly
    @Transactional
    public void approve(long id, long version, LocalDate on, String body) {
        String cleanBody = body == null ? "" : body.strip();
        if (cleanBody.isEmpty()) {
            throw new ValidationProblem("approvedBy", "Say which body or meeting approved the strategy.");
        }
        if (cleanBody.length() > Strategy.BODY_LENGTH) {
            throw new ValidationProblem("approvedBy", "Use at most " + Strategy.BODY_LENGTH + " characters.");
        }
        Strategy strategy = editable(findStrategy(id), version);
        strategy.approve(on, cleanBody);
        flush(() -> strategies.saveAndFlush(strategy), "the strategy");
    }

    /** Makes a strategy the current one; the one before becomes read-only. */
    @AdminOnly
    @Transactional
    public void makeCurrent(long id) {
        Strategy chosen = findStrategy(id);
        strategies.findFirstByCurrentTrue().filter(current -> !current.equals(chosen)).ifPresent(Strategy::retire);
        chosen.makeCurrent();
        strategies.flush();
    }

    /** Priorities of the current strategy, in number order. */
    @SignedIn
    @Transactional(readOnly = true)
    public List<PriorityInfo> priorities() {
        return strategies.findFirstByCurrentTrue().map(strategy -> priorities(strategy.getId())).orElse(List.of());
    }

    @SignedIn
    @Transactional(readOnly = true)
    public List<PriorityInfo> priorities(long strategyId) {
        return priorities.findByStrategy(strategyId).stream().map(PriorityInfo::of).toList();
    }

    @SignedIn
    @Transactional(readOnly = true)
    public Optional<PriorityInfo> priority(long id) {
        return priorities.findWithOutcomes(List.of(id)).stream().findFirst().map(PriorityInfo::of);
    }

    @SignedIn
    @Transactional(readOnly = true)
    public Map<Long, PriorityInfo> prioritiesById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return priorities.findWithOutcomes(ids).stream().map(PriorityInfo::of)
                .collect(Collectors.toMap(PriorityInfo::id, Function.identity()));
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public PriorityDraft editPriority(long id) {
        return PriorityDraft.of(findPriority(id));
    }

    @AdminOnly
    @Transactional
    public long addPriority(PriorityDraft draft) {
        check.valid(draft);
        Strategy strategy = strategies.findFirstByCurrentTrue()
                .orElseThrow(() -> new ValidationProblem("number", "Create a strategy before adding priorities."));
        if (priorities.existsByStrategyIdAndNumber(strategy.getId(), draft.getNumber())) {
            throw new ValidationProblem("number", "Priority " + draft.getNumber() + " already exists.");
        }
        Priority priority = new Priority(strategy, draft.getNumber());
        apply(draft, priority);
        return priorities.saveAndFlush(priority).getId();
    }

    @AdminOnly
    @Transactional
    public void updatePriority(PriorityDraft draft) {
        check.valid(draft);
        Priority priority = findPriority(draft.getId());
        editable(priority.getStrategy(), priority.getStrategy().getVersion());
        guard(priority.getVersion(), draft.getVersion(), "this priority");
        if (priorities.existsByStrategyIdAndNumberAndIdNot(priority.getStrategy().getId(), draft.getNumber(),
                priority.getId())) {
            throw new ValidationProblem("number", "Priority " + draft.getNumber() + " already exists.");
        }
        apply(draft, priority);
        flush(() -> priorities.saveAndFlush(priority), "this priority");
    }

    /** The board's judgement over the derived RAG, always with a reason that is shown beside it. */
    @AdminOrBoardMember
    @Transactional
    public void overrideRag(long priorityId, long version, Rag rag, String reason) {
        String cleanReason = reason == null ? "" : reason.strip();
        if (cleanReason.isEmpty()) {
            throw new ValidationProblem("ragOverrideReason", "Say why the RAG differs from the one derived.");
        }
        if (cleanReason.length() > Priority.REASON_LENGTH) {
            throw new ValidationProblem("ragOverrideReason", "Use at most " + Priority.REASON_LENGTH + " characters.");
        }
        Priority priority = findPriority(priorityId);
        guard(priority.getVersion(), version, "this priority");
        priority.overrideRag(rag, cleanReason, currentUser.username(),
                clock.instant());
        flush(() -> priorities.saveAndFlush(priority), "this priority");
    }

    @AdminOrBoardMember
    @Transactional
    public void clearOverride(long priorityId, long version) {
        Priority priority = findPriority(priorityId);
        guard(priority.getVersion(), version, "this priority");
        priority.clearOverride();
        flush(() -> priorities.saveAndFlush(priority), "this priority");
    }

    @SignedIn
    @Transactional(readOnly = true)
    public List<HistoryEntry> priorityHistory(long id) {
        Priority priority = findPriority(id);
        return auditHistory.of(Priority.class, id, "Priority " + priority.getNumber(), this::label);
    }

    @SignedIn
    @Transactional(readOnly = true)
    public List<HistoryEntry> strategyHistory(long id) {
        Strategy strategy = findStrategy(id);
        return auditHistory.of(Strategy.class, id, strategy.getName(), this::label);
    }

    private String label(String field) {
        return LABELS.getOrDefault(field, field);
    }

    private static void apply(PriorityDraft draft, Priority priority) {
        priority.describe(draft.getNumber(), draft.getTitle(), draft.getDescription(), draft.getOutcomes(),
                draft.getSponsorId(), draft.getLeadOrganisationId());
    }

    private static Strategy editable(Strategy strategy, long version) {
        if (!strategy.isCurrent()) {
            throw new ValidationProblem("name", "Earlier strategies are kept as they were and cannot change.");
        }
        guard(strategy.getVersion(), version, "the strategy");
        return strategy;
    }

    private static void guard(long actual, long expected, String what) {
        if (actual != expected) {
            throw new ConcurrentEditException(what);
        }
    }

    private static void flush(Runnable save, String what) {
        try {
            save.run();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException(what);
        }
    }

    private Strategy findStrategy(@Nullable Long id) {
        return strategies.findById(requireId(id))
                .orElseThrow(() -> new ValidationProblem("name", "That strategy no longer exists."));
    }

    private Priority findPriority(@Nullable Long id) {
        return priorities.findById(requireId(id))
                .orElseThrow(() -> new ValidationProblem("title", "That priority no longer exists."));
    }

    private static long requireId(@Nullable Long id) {
        if (id == null) {
            throw new IllegalArgumentException("No id given");
        }
        return id;
    }
}
