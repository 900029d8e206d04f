package org.tandem.sef;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.action.ActionFilter;
import org.tandem.action.ActionPlanService;
import org.tandem.people.AdminOnly;
import org.tandem.people.AdminOrBoardMember;
import org.tandem.people.SignedIn;
import org.tandem.people.UserService;
import org.tandem.shared.BeanCheck;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.shared.ValidationProblem;

/**
 * Editions of the self-evaluation and the criteria in them: reading the overview, the gap view and a criterion,
 * reviewing a criterion, starting a year's edition as a copy of the last, submitting it to the board, the
 * board's approval that freezes it, and comparing two editions. Who may do each is {@link SefPermissions}'s.
 */
@Service
public class SefService {

    private final Editions editions;
    private final Evaluations evaluations;
    private final Templates templates;
    private final Criteria criteria;
    private final SefRows rows;
    private final EvidenceItems evidence;
    private final SefPermissions permissions;
    private final ActionPlanService plan;
    private final UserService users;
    private final SupportNames names;
    private final BeanCheck check;
    private final Clock clock;

    SefService(Editions editions, Evaluations evaluations, Templates templates, Criteria criteria, SefRows rows,
            EvidenceItems evidence, SefPermissions permissions, ActionPlanService plan, UserService users,
            SupportNames names, BeanCheck check, Clock clock) {
        this.names = names;
        this.editions = editions;
        this.evaluations = evaluations;
        this.templates = templates;
        this.criteria = criteria;
        this.rows = rows;
        this.evidence = evidence;
        this.permissions = permissions;
        this.plan = plan;
        this.users = users;
        this.check = check;
        this.clock = clock;
    }

    /** Every edition, the newest year first. */
    @SignedIn
    @Transactional(readOnly = true)
    public List<EditionSummary> editions() {
        return editions.newestFirst().stream().map(this::summary).toList();
    }

    /** Whether the person may start a new edition (the overview offers the button). */
    @SignedIn
    public boolean mayStartEdition() {
        return permissions.mayStartEdition();
    }

    @SignedIn
    @Transactional(readOnly = true)
    public EditionOverview overview(long editionId) {
        Edition edition = edition(editionId);
        List<CriterionRow> all = rows.rows(edition, today());
        Map<String, Long> byJudgement = new LinkedHashMap<>();
        edition.scale().forEach(grade -> byJudgement.put(grade, 0L));
        byJudgement.put("Not yet judged", 0L);
        all.forEach(row -> byJudgement.merge(row.judgementInWords(), 1L, Long::sum));
        return new EditionOverview(summary(edition), all, byJudgement, SefRows.headline(all));
    }

    @SignedIn
    @Transactional(readOnly = true)
    public CriterionPage criterion(long evaluationId) {
        Evaluation v = evaluation(evaluationId);
        Edition edition = v.getEdition();
        CriterionRow row = rows.rows(edition, today()).stream().filter(r -> r.evaluationId() == evaluationId)
                .findFirst().orElseThrow();
        List<Backing> backing = rows.backing(edition, List.of(v.getCriterion().getId()))
                .getOrDefault(v.getCriterion().getId(), List.of());
        List<Long> ids = backing.stream().map(Backing::evidenceId).toList();
        List<EvidenceRow> seen = new ArrayList<>();
        int hidden = 0;
        var maySee = permissions.seer();
        var mayChange = permissions.changer();
        List<Evidence> visible = new ArrayList<>();
        for (Evidence e : ids.isEmpty() ? List.<Evidence>of() : evidence.withLinks(ids)) {
            if (maySee.test(e)) {
                visible.add(e);
            } else {
                hidden++;
            }
        }
        var named = names.name(visible.stream().flatMap(e -> e.getLinks().stream()).toList());
        visible.forEach(e -> seen.add(EvidenceRow.of(e, mayChange.test(e), named)));
        seen.sort(java.util.Comparator.comparing(EvidenceRow::evidencedOn).reversed());
        return new CriterionPage(summary(edition), row, v.getCriterion().getDescription(), v.getWhatWeKnow(),
                v.getHowWeKnow(), v.getWhatWeAreDoing(), v.getImpactSoFar(), seen, hidden);
    }

    @SignedIn
    @Transactional(readOnly = true)
    public EvaluationDraft edit(long evaluationId) {
        Evaluation v = evaluation(evaluationId);
        v.getEdition().requireOpen();
        requireEdit(v);
        return EvaluationDraft.of(v);
    }

    /** Saves a criterion's review: judgement, narrative, owner, actions; the review is dated today if not given. */
    @SignedIn
    @Transactional
    public void review(EvaluationDraft draft) {
        check.valid(draft);
        Evaluation v = evaluation(draft.getId());
        v.getEdition().requireOpen();
        requireEdit(v);
        if (v.getVersion() != draft.getVersion()) {
            throw new ConcurrentEditException("this criterion");
        }
        if (draft.getJudgement() != null && !v.getEdition().scale().contains(draft.getJudgement())) {
            throw new ValidationProblem("judgement", "Choose one of the judgements on the scale: "
                    + String.join(", ", v.getEdition().scale()) + ".");
        }
        if (!permissions.mayGiveTo(v, draft.getOwnerId())) {
            throw new ValidationProblem("ownerId", "Only an admin gives a criterion to another owner.");
        }
        if (draft.getOwnerId() != null && users.people(Set.of(draft.getOwnerId())).isEmpty()) {
            throw new ValidationProblem("ownerId", "That person is no longer in the workspace.");
        }
        LocalDate today = today();
        if (draft.getLastReviewedOn() != null && draft.getLastReviewedOn().isAfter(today)) {
            throw new ValidationProblem("lastReviewedOn", "The review date cannot be in the future.");
        }
        if (!draft.getActionIds().isEmpty()) {
            Set<Long> known = plan.export(ActionFilter.none()).stream().map(a -> a.id()).collect(Collectors.toSet());
            if (!known.containsAll(draft.getActionIds())) {
                throw new ValidationProblem("actionIds", "One of those actions no longer exists.");
            }
        }
        v.review(draft, today);
        try {
            evaluations.saveAndFlush(v);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("this criterion");
        }
    }

    /** The actions a criterion may be linked to, for the form. */
    @SignedIn
    @Transactional(readOnly = true)
    public List<LinkedAction> actions() {
        return plan.export(ActionFilter.none()).stream().map(a -> new LinkedAction(a.id(), a.reference(), a.title(),
                a.rag())).toList();
    }

    /**
     * Starts the edition for an academic year ("2026/27") on a template, as a copy of the latest edition on that
     * template (judgements, narrative, owners, actions), or blank when there is none.
     */
    @AdminOnly
    @Transactional
    public long startEdition(String academicYear, long templateId) {
        if (!permissions.mayStartEdition()) {
            throw new AccessDeniedException("Only admins start a new edition of the self-evaluation.");
        }
        String year = academicYear == null ? "" : academicYear.strip();
        if (!year.matches("\\d{4}/\\d{2}")
                || (Integer.parseInt(year.substring(0, 4)) + 1) % 100 != Integer.parseInt(year.substring(5))) {
            throw new ValidationProblem("academicYear", "Give the academic year as 2025/26.");
        }
        if (editions.existsByAcademicYear(year)) {
            throw new ValidationProblem("academicYear", "There is already a SEF " + year + ".");
        }
        FrameworkTemplate template = templates.findById(templateId).orElseThrow(() -> new ValidationProblem(
                "templateId", "That framework no longer exists."));
        Edition previous = editions.newestFirst().stream().filter(e -> e.getTemplate().getId().equals(templateId))
                .findFirst().orElse(null);
        Edition edition = editions.save(new Edition(template, year, previous == null ? Edition.DEFAULT_SCALE
                : previous.scale(), clock.instant()));
        Map<Long, Evaluation> before = previous == null ? Map.of() : evaluations.ofEdition(previous.getId()).stream()
                .collect(Collectors.toMap(v -> v.getCriterion().getId(), Function.identity()));
        for (Criterion criterion : criteria.inOrder(templateId)) {
            Evaluation last = before.get(criterion.getId());
            evaluations.save(last == null ? new Evaluation(edition, criterion) : last.carriedInto(edition));
        }
        editions.flush();
        return edition.getId();
    }

    @AdminOrBoardMember
    @Transactional
    public void submit(long editionId, long version) {
        Edition edition = edition(editionId);
        edition.requireOpen();
        if (!permissions.maySubmit(edition)) {
            throw new AccessDeniedException("Board members and admins submit a draft edition to the board.");
        }
        guard(edition, version);
        edition.submit(today());
        flush(edition);
    }

    /** Records the board's approval with its date and minute; the edition is then frozen. */
    @AdminOrBoardMember
    @Transactional
    public void approve(long editionId, long version, @Nullable LocalDate on, String minuteReference) {
        Edition edition = edition(editionId);
        edition.requireOpen();
        if (!permissions.mayApprove(edition)) {
            throw new AccessDeniedException("Board members and admins approve an edition submitted to the board.");
        }
        guard(edition, version);
        if (on == null) {
            throw new ValidationProblem("approvedOn", "Give the date of the board meeting that approved it.");
        }
        if (on.isAfter(today())) {
            throw new ValidationProblem("approvedOn", "The approval date cannot be in the future.");
        }
        edition.approve(on, minuteReference == null ? "" : minuteReference, permissions.name(), clock.instant());
        flush(edition);
    }

    /** Two editions criterion by criterion, in the later one's framework order, the changes in words. */
    @SignedIn
    @Transactional(readOnly = true)
    public List<JudgementChange> compare(long fromEditionId, long toEditionId) {
        Edition from = edition(fromEditionId);
        Edition to = edition(toEditionId);
        Map<Long, Evaluation> before = new HashMap<>();
        evaluations.ofEdition(from.getId()).forEach(v -> before.put(v.getCriterion().getId(), v));
        List<String> scale = to.scale();
        List<JudgementChange> changes = new ArrayList<>();
        for (Evaluation after : evaluations.ofEdition(to.getId())) {
            Evaluation was = before.get(after.getCriterion().getId());
            String old = was == null ? null : was.getJudgement();
            String now = after.getJudgement();
            boolean changed = !Objects.equals(old, now);
            changes.add(new JudgementChange(after.getCriterion().getArea().getTitle(), after.getCriterion()
                    .getTitle(), old, now, changed, change(scale, was == null, old, now)));
        }
        return changes;
    }

    static String change(List<String> scale, boolean absentBefore, @Nullable String old, @Nullable String now) {
        if (absentBefore) {
            return "New criterion" + (now == null ? "" : ": " + SefRows.lower(now));
        }
        if (Objects.equals(old, now)) {
            return now == null ? "Not judged in either" : "No change: " + SefRows.lower(now);
        }
        if (old == null) {
            return "Newly judged " + SefRows.lower(now);
        }
        if (now == null) {
            return "No longer judged (was " + SefRows.lower(old) + ")";
        }
        int was = scale.indexOf(old);
        int is = scale.indexOf(now);
        String direction = was < 0 || is < 0 ? "Changed" : is < was ? "Improved" : "Declined";
        return direction + " from " + SefRows.lower(old) + " to " + SefRows.lower(now);
    }

    EditionSummary summary(Edition e) {
        return new EditionSummary(e.getId(), e.getVersion(), e.name(), e.getAcademicYear(), e.getStatus(),
                e.getTemplate().getName(), e.scale(), e.getSubmittedOn(), e.getApprovedOn(), e.getMinuteReference(),
                permissions.maySubmit(e), permissions.mayApprove(e));
    }

    private void requireEdit(Evaluation v) {
        if (!permissions.mayEdit(v)) {
            throw new AccessDeniedException("Only the criterion's owner and admins change its evaluation.");
        }
    }

    private Edition edition(long id) {
        return editions.findById(id).orElseThrow(() -> new ValidationProblem("edition", "That edition no longer "
                + "exists."));
    }

    private Evaluation evaluation(long id) {
        return evaluations.findById(id).orElseThrow(() -> new ValidationProblem("id", "That criterion is not in "
                + "any edition."));
    }

    private static void guard(Edition edition, long version) {
        if (edition.getVersion() != version) {
            throw new ConcurrentEditException("this edition");
        }
    }

    private void flush(Edition edition) {
        try {
            editions.saveAndFlush(edition);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("this edition");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
