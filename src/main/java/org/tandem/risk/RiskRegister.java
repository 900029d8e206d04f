package org.tandem.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.calendar.CalendarService;
import org.tandem.calendar.HalfTermInfo;
import org.tandem.people.OrganisationSummary;
import org.tandem.people.OrganisationService;
import org.tandem.people.Person;
import org.tandem.people.SignedIn;
import org.tandem.people.UserService;
import org.tandem.action.WorkstreamService;
import org.tandem.action.WorkstreamSummary;
import org.tandem.shared.ValidationProblem;
import org.tandem.shared.audit.AuditHistory;
import org.tandem.shared.audit.HistoryEntry;
import org.tandem.strategy.PriorityInfo;
import org.tandem.strategy.StrategyService;

/**
 * Reading the register: the filtered list and its export, a risk's page with its reviews, moves, tolerance,
 * report snapshots and history, the board's escalated risks and an owner's own. A confidential risk is left out
 * of everything for a reader who may not see it. Every read runs a fixed number of SQL statements.
 */
@Service
public class RiskRegister {

    public static final int EXPORT_LIMIT = 5_000;
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("reference", "Reference"),
            Map.entry("title", "Title"), Map.entry("cause", "Cause"), Map.entry("event", "Event"),
            Map.entry("consequence", "Consequence"), Map.entry("category", "Category"),
            Map.entry("ownerId", "Owner"), Map.entry("workstreamId", "Workstream"),
            Map.entry("partnerIds", "Partners"), Map.entry("priorityIds", "Priorities"),
            Map.entry("groups", "Groups affected"), Map.entry("actionIds", "Mitigating actions"),
            Map.entry("inherentLikelihood", "Inherent likelihood"), Map.entry("inherentImpact", "Inherent impact"),
            Map.entry("controls", "Controls"), Map.entry("residualLikelihood", "Residual likelihood"),
            Map.entry("residualImpact", "Residual impact"), Map.entry("residualScore", "Residual score"),
            Map.entry("residualNote", "Why residual is above inherent"),
            Map.entry("targetLikelihood", "Target likelihood"), Map.entry("targetImpact", "Target impact"),
            Map.entry("targetDate", "Target date"), Map.entry("response", "Response"), Map.entry("level", "Level"),
            Map.entry("confidential", "Confidential"), Map.entry("status", "Status"),
            Map.entry("closedReason", "Why closed"), Map.entry("closedOn", "Closed on"),
            Map.entry("lastReviewOn", "Last review"), Map.entry("nextReviewOn", "Next review"),
            Map.entry("previousScore", "Score before the last review"),
            Map.entry("toleratedUntil", "Tolerated until"), Map.entry("toleratedScore", "Tolerated at score"),
            Map.entry("raisedBy", "Raised by"), Map.entry("raisedAt", "Raised at"));

    private final Risks risks;
    private final RiskReviews reviews;
    private final Escalations escalations;
    private final ToleranceDecisions tolerances;
    private final RiskSnapshots snapshots;
    private final RiskLists lists;
    private final RiskPermissions permissions;
    private final Mitigations mitigations;
    private final UserService users;
    private final OrganisationService organisations;
    private final WorkstreamService workstreams;
    private final StrategyService strategy;
    private final CalendarService calendar;
    private final AuditHistory auditHistory;
    private final Clock clock;

    RiskRegister(Risks risks, RiskReviews reviews, Escalations escalations, ToleranceDecisions tolerances,
            RiskSnapshots snapshots, RiskLists lists, RiskPermissions permissions, Mitigations mitigations,
            UserService users, OrganisationService organisations, WorkstreamService workstreams,
            StrategyService strategy, CalendarService calendar, AuditHistory auditHistory, Clock clock) {
        this.risks = risks;
        this.reviews = reviews;
        this.escalations = escalations;
        this.tolerances = tolerances;
        this.snapshots = snapshots;
        this.lists = lists;
        this.permissions = permissions;
        this.mitigations = mitigations;
        this.users = users;
        this.organisations = organisations;
        this.workstreams = workstreams;
        this.strategy = strategy;
        this.calendar = calendar;
        this.auditHistory = auditHistory;
        this.clock = clock;
    }

    /** A page of the filtered register, highest residual score first unless sorted otherwise. */
    @SignedIn
    @Transactional(readOnly = true)
    public Slice<RiskRow> list(RiskFilter filter, Pageable pageable) {
        Rows rows = rows();
        Slice<Risk> slice = risks.findBy(rows.matching(filter), query -> query.slice(sorted(pageable)));
        return slice.map(rows::row);
    }

    @SignedIn
    @Transactional(readOnly = true)
    public long count(RiskFilter filter) {
        return risks.count(rows().matching(filter));
    }

    /** The filtered rows for export, at most {@link #EXPORT_LIMIT}, highest score first. */
    @SignedIn
    @Transactional(readOnly = true)
    public List<RiskRow> export(RiskFilter filter) {
        return list(filter, PageRequest.of(0, EXPORT_LIMIT)).getContent();
    }

    /** What the reader may do here, so that screens show only the controls that will work. */
    @SignedIn
    public RegisterAbilities abilities() {
        return new RegisterAbilities(permissions.mayRaise(), permissions.mayImport(), permissions.mayKeepSettings());
    }

    /** The board's page: open risks at board level, highest score first. */
    @SignedIn
    @Transactional(readOnly = true)
    public List<RiskRow> escalated() {
        return export(RiskFilter.none().withEscalated(true));
    }

    /** The signed-in owner's reviews due in the next 7 days or overdue, and their risks with failing mitigation. */
    @SignedIn
    @Transactional(readOnly = true)
    public MyRisks mine() {
        Long me = permissions.me();
        if (me == null) {
            return new MyRisks(List.of(), List.of());
        }
        List<RiskRow> own = export(RiskFilter.none().withOwner(me));
        LocalDate soon = LocalDate.now(clock).plusDays(7);
        return new MyRisks(own.stream().filter(row -> !row.nextReviewOn().isAfter(soon))
                .sorted(Comparator.comparing(RiskRow::nextReviewOn)).toList(),
                own.stream().filter(row -> row.mitigationFailing() != null).toList());
    }

    @SignedIn
    @Transactional(readOnly = true)
    public RiskDetails details(long id) {
        Risk risk = find(id);
        ScoringRules rules = lists.rules();
        Category category = lists.byCode().get(risk.getCategory());
        LocalDate today = LocalDate.now(clock);
        Person owner = users.people(Set.of(risk.getOwnerId())).get(risk.getOwnerId());
        String workstream = risk.getWorkstreamId() == null ? null : workstreams.list().stream()
                .filter(w -> w.id() == risk.getWorkstreamId()).map(WorkstreamSummary::name).findFirst()
                .orElse(null);
        List<String> partners = organisations.list().stream().filter(o -> risk.getPartnerIds().contains(o.id()))
                .map(OrganisationSummary::name).sorted().toList();
        List<String> priorities = risk.getPriorityIds().isEmpty() ? List.of()
                : strategy.prioritiesById(risk.getPriorityIds()).values().stream()
                        .sorted(Comparator.comparingInt(PriorityInfo::number)).map(PriorityInfo::label).toList();
        List<LinkedAction> actions = mitigations.linked(risk.getActionIds());
        List<String> failing = actions.stream().map(LinkedAction::failing).filter(java.util.Objects::nonNull)
                .toList();
        ToleranceInfo tolerance = tolerances.standing(id).map(ToleranceDecision::info).orElse(null);
        return new RiskDetails(id, risk.getVersion(), risk.getReference(), risk.getTitle(), risk.getCause(),
                risk.getEvent(), risk.getConsequence(), category == null ? risk.getCategory() : category.label(),
                category == null ? 25 : category.appetite(), owner == null ? "" : owner.displayName(), workstream,
                partners, priorities, risk.getGroups(), risk.inherent(), rules.word(rules.band(risk.inherent())),
                risk.getControls(), risk.residual(), rules.band(risk.residual()),
                rules.word(rules.band(risk.residual())), risk.getResidualNote(), risk.target(),
                rules.word(rules.band(risk.target())), risk.getTargetDate(), risk.getResponse(), risk.getLevel(),
                risk.isConfidential(), risk.getStatus(), risk.getClosedReason(), risk.getClosedOn(),
                risk.getLastReviewOn(), risk.getNextReviewOn(), risk.isReviewOverdue(today), risk.trend(),
                category != null && category.exceededBy(risk.residual().score()),
                failing.isEmpty() ? null : "Mitigation failing: " + String.join("; ", failing) + ".", actions,
                tolerance, risk.getRaisedBy(), risk.getRaisedAt(), permissions.mayEdit(risk),
                permissions.mayReview(risk), permissions.mayClose(risk), permissions.mayEscalate(risk),
                permissions.mayDeEscalate(risk), permissions.mayAccept(risk));
    }

    /** A risk's reviews, newest first. */
    @SignedIn
    @Transactional(readOnly = true)
    public List<ReviewInfo> reviews(long id) {
        find(id);
        ScoringRules rules = lists.rules();
        return reviews.findByRiskIdOrderByReviewedOnDescIdDesc(id, Limit.of(500)).stream()
                .map(review -> review.info(rules)).toList();
    }

    /** A risk's moves between levels, newest first. */
    @SignedIn
    @Transactional(readOnly = true)
    public List<EscalationInfo> escalations(long id) {
        find(id);
        return escalations.forRisk(id, Limit.of(200)).stream().map(Escalation::info).toList();
    }

    /** Every tolerance decision on the risk, newest first, lapsed ones with why. */
    @SignedIn
    @Transactional(readOnly = true)
    public List<ToleranceInfo> tolerances(long id) {
        find(id);
        return tolerances.forRisk(id).stream().map(ToleranceDecision::info).toList();
    }

    /** The residual score each issued board report saw, oldest first: the half-termly trend over years. */
    @SignedIn
    @Transactional(readOnly = true)
    public List<SnapshotInfo> snapshots(long id) {
        find(id);
        ScoringRules rules = lists.rules();
        List<RiskSnapshot> found = snapshots.forRisk(id);
        Map<Long, HalfTermInfo> halfTerms = calendar.halfTerms(found.stream().map(RiskSnapshot::getHalfTermId)
                .collect(Collectors.toSet()));
        return found.stream().map(s -> new SnapshotInfo(halfTerms.containsKey(s.getHalfTermId())
                ? halfTerms.get(s.getHalfTermId()).label() : "", s.getTakenAt(), s.residual(),
                rules.word(rules.band(s.residual())), s.getLevel())).toList();
    }

    @SignedIn
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long id) {
        Risk risk = find(id);
        return auditHistory.of(Risk.class, id, "Risk " + risk.getReference(),
                field -> LABELS.getOrDefault(field, field));
    }

    /** Open risks visible to the reader matching a filter, as entities, for the module's other readers. */
    List<Risk> visible(Rows rows, RiskFilter filter) {
        return risks.findAll(rows.matching(filter));
    }

    /**
     * Reads what rows need once: settings, categories, every open risk's mitigating actions and which of those are
     * failing (only linked actions are read, not the whole plan's red ones).
     */
    Rows rows() {
        Map<Long, Set<Long>> links = new java.util.HashMap<>();
        for (Object[] link : risks.openActionLinks()) {
            links.computeIfAbsent((Long) link[0], id -> new java.util.HashSet<>()).add((Long) link[1]);
        }
        Set<Long> linked = links.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        return new Rows(lists.rules(), lists.categories(), mitigations.failing(linked), links, LocalDate.now(clock));
    }

    private Risk find(long id) {
        return risks.findById(id).filter(permissions::maySee)
                .orElseThrow(() -> new ValidationProblem("id", "That risk no longer exists."));
    }

    private static Pageable sorted(Pageable pageable) {
        Sort allowed = Sort.by(pageable.getSort().stream()
                .filter(order -> Set.of("reference", "title", "residualScore", "nextReviewOn", "level")
                        .contains(order.getProperty()))
                .toList());
        Sort sort = allowed.isSorted() ? allowed.and(Sort.by("id"))
                : Sort.by(Sort.Direction.DESC, "residualScore").and(Sort.by("reference")).and(Sort.by("id"));
        return PageRequest.of(pageable.getPageNumber(), Math.min(Math.max(pageable.getPageSize(), 1), EXPORT_LIMIT),
                sort);
    }

    /** What turning risks into rows needs, read once per call: settings, categories, failing actions. */
    final class Rows {

        private final ScoringRules rules;
        private final List<Category> categoryList;
        private final Map<String, Category> categories;
        private final Map<Long, String> failing;
        private final LocalDate today;
        private @Nullable Map<Long, Person> owners;
        private final Map<Long, Set<Long>> links;

        Rows(ScoringRules rules, List<Category> categoryList, Map<Long, String> failing, Map<Long, Set<Long>> links,
                LocalDate today) {
            this.links = links;
            this.rules = rules;
            this.categoryList = categoryList;
            this.categories = categoryList.stream().collect(Collectors.toMap(Category::code, Function.identity()));
            this.failing = failing;
            this.today = today;
        }

        Specification<Risk> matching(RiskFilter filter) {
            return RiskSpecifications.matching(filter, rules, categoryList, today, permissions.seesConfidential(),
                    permissions.me(), failing.keySet());
        }

        RiskRow row(Risk risk) {
            if (owners == null) {
                owners = users.everyone().stream().collect(Collectors.toMap(Person::id, Function.identity()));
            }
            Category category = categories.get(risk.getCategory());
            Person owner = owners.get(risk.getOwnerId());
            Band band = rules.band(risk.residual());
            return new RiskRow(risk.getId(), risk.getVersion(), risk.getReference(), risk.getTitle(),
                    category == null ? risk.getCategory() : category.label(), owner == null ? "" : owner.displayName(),
                    risk.getLevel(), risk.residual(), band, rules.word(band), risk.trend(),
                    category != null && category.exceededBy(risk.residual().score()), risk.isReviewOverdue(today),
                    risk.getNextReviewOn(), Mitigations.reasonFor(links.getOrDefault(risk.getId(), Set.of()),
                            failing),
                    risk.isConfidential(), risk.getToleratedUntil() != null, risk.getStatus());
        }

        ScoringRules rules() {
            return rules;
        }

        Collection<Category> categories() {
            return categoryList;
        }
    }
}
