package org.tandem.action;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.calendar.CalendarService;
import org.tandem.calendar.HalfTermInfo;
import org.tandem.people.OrganisationService;
import org.tandem.people.OrganisationSummary;
import org.tandem.people.Person;
import org.tandem.people.UserService;
import org.tandem.shared.ValidationProblem;
import org.tandem.shared.audit.AuditHistory;
import org.tandem.shared.audit.HistoryEntry;
import org.tandem.strategy.PriorityInfo;
import org.tandem.strategy.StrategyService;
import org.tandem.people.SignedIn;

/**
 * Reading the action plan: the filtered list, the priorities overview, an action's page and a lead's own actions.
 * Every read runs a fixed number of SQL statements, however large the plan.
 */
@Service
public class ActionPlanService {

    public static final int EXPORT_LIMIT = 10_000;
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("reference", "Reference"),
            Map.entry("title", "Title"), Map.entry("description", "Description"), Map.entry("priorityId", "Priority"),
            Map.entry("workstream", "Workstream"), Map.entry("ownerId", "Owner"),
            Map.entry("partnerOrganisationIds", "Partners"), Map.entry("startDate", "Start"),
            Map.entry("dueDate", "Due"), Map.entry("status", "Status"), Map.entry("percentComplete", "% complete"),
            Map.entry("completedOn", "Completed on"), Map.entry("cancelReason", "Reason for cancelling"),
            Map.entry("coProducedWith", "Co-produced with"), Map.entry("signedOffBy", "Signed off by"),
            Map.entry("signedOffAt", "Signed off at"), Map.entry("narrative", "Narrative"),
            Map.entry("author", "Author"), Map.entry("halfTermId", "Half-term"), Map.entry("action", "Action"),
            Map.entry("createdAt", "Created"), Map.entry("updatedAt", "Updated"));

    private final ActionItems actions;
    private final ProgressUpdates updates;
    private final StrategyService strategy;
    private final UserService users;
    private final OrganisationService organisations;
    private final CalendarService calendar;
    private final UpdateSettings settings;
    private final ActionPermissions permissions;
    private final AuditHistory auditHistory;

    ActionPlanService(ActionItems actions, ProgressUpdates updates, StrategyService strategy, UserService users,
            OrganisationService organisations, CalendarService calendar, UpdateSettings settings, ActionPermissions permissions,
            AuditHistory auditHistory) {
        this.actions = actions;
        this.updates = updates;
        this.strategy = strategy;
        this.users = users;
        this.organisations = organisations;
        this.calendar = calendar;
        this.settings = settings;
        this.permissions = permissions;
        this.auditHistory = auditHistory;
    }

    /** The half-term whose updates are awaited now, with its deadline. */
    @SignedIn
    @Transactional(readOnly = true)
    public Optional<UpdateWindow> updateWindow() {
        // A closed half-term's report is issued: nothing may invite an update for it any more.
        return calendar.current().filter(halfTerm -> !halfTerm.closed())
                .map(halfTerm -> UpdateWindow.of(halfTerm, settings));
    }

    /** Why no update is asked for today, when {@link #updateWindow()} is empty. */
    @SignedIn
    @Transactional(readOnly = true)
    public String noUpdateReason() {
        return calendar.current().filter(HalfTermInfo::closed)
                .map(halfTerm -> halfTerm.label() + " is closed: its report has been issued, so no more updates "
                        + "are taken for it. Updates open when the next half-term starts.")
                .orElse("Today is not in a half-term: updates open when the next one starts.");
    }

    @SignedIn
    @Transactional(readOnly = true)
    public Slice<ActionRow> list(ActionFilter filter, Pageable pageable) {
        LocalDate today = calendar.today();
        Optional<UpdateWindow> window = updateWindow();
        // A slice, not a page: the grid asks count() once, and a page would count again.
        Slice<ActionItem> slice = actions.findBy(ActionSpecifications.matching(filter, today,
                overdueHalfTerm(window, today)), query -> query.project("workstream").slice(sorted(pageable)));
        return slice.map(rowMaker(slice.getContent(), window, today)::apply);
    }

    @SignedIn
    @Transactional(readOnly = true)
    public long count(ActionFilter filter) {
        LocalDate today = calendar.today();
        return actions.count(ActionSpecifications.matching(filter, today, overdueHalfTerm(updateWindow(), today)));
    }

    /** The filtered rows for export, at most {@link #EXPORT_LIMIT}. */
    @SignedIn
    @Transactional(readOnly = true)
    public List<ActionRow> export(ActionFilter filter) {
        return list(filter, PageRequest.of(0, EXPORT_LIMIT, Sort.by("reference"))).getContent();
    }

    @SignedIn
    @Transactional(readOnly = true)
    public List<PriorityCard> overview() {
        List<PriorityInfo> priorities = strategy.priorities();
        Map<Long, PriorityStanding> standings = new HashMap<>();
        priorities.forEach(priority -> standings.put(priority.id(), new PriorityStanding()));
        for (Object[] row : actions.countByPriorityAndStatus()) {
            PriorityStanding standing = standings.get((Long) row[0]);
            if (standing != null) {
                standing.add((ActionStatus) row[1], false, (Long) row[2]);
            }
        }
        for (Object[] row : actions.countOverdueByPriority(calendar.today())) {
            PriorityStanding standing = standings.get((Long) row[0]);
            if (standing != null) {
                standing.addOverdue((Long) row[1]);
            }
        }
        return priorities.stream().map(priority -> standings.get(priority.id()).card(priority)).toList();
    }

    @SignedIn
    @Transactional(readOnly = true)
    public Optional<PriorityCard> card(long priorityId) {
        return overview().stream().filter(card -> card.priority().id() == priorityId).findFirst();
    }

    /** Today in the partnership's time zone, by the injected clock: what forms offer as a default date. */
    @SignedIn
    public LocalDate today() {
        return calendar.today();
    }

    /** What the person signed in may do on the plan as a whole, for the screens to offer. */
    @SignedIn
    public PlanAbilities abilities() {
        return permissions.abilities();
    }

    @SignedIn
    @Transactional(readOnly = true)
    public ActionDetails details(long id) {
        ActionItem action = actions.findWithWorkstream(id)
                .orElseThrow(() -> new ValidationProblem("id", "That action no longer exists."));
        LocalDate today = calendar.today();
        Actor actor = permissions.current();
        String priority = strategy.priority(action.getPriorityId()).map(PriorityInfo::label).orElse("");
        Person owner = action.getOwnerId() == null ? null
                : users.people(Set.of(action.getOwnerId())).get(action.getOwnerId());
        Set<Long> partnerIds = action.getPartnerOrganisationIds();
        List<String> partners = organisations.list().stream().filter(o -> partnerIds.contains(o.id()))
                .map(OrganisationSummary::name).toList();
        return new ActionDetails(action.getId(), action.getVersion(), action.getReference(), action.getTitle(),
                action.getDescription(), action.getPriorityId(), priority,
                action.getWorkstream() == null ? null : action.getWorkstream().getId(),
                action.getWorkstream() == null ? null : action.getWorkstream().getName(), action.getOwnerId(),
                owner == null ? null : owner.displayName(), partners, action.getStartDate(), action.getDueDate(),
                action.getStatus(), action.rag(today), action.getPercentComplete(), action.getCompletedOn(),
                action.getCancelReason(), action.getCoProducedWith(), action.getSignedOffBy(),
                action.getSignedOffAt(), action.isOverdue(today), actor.mayEdit(action),
                actor.mayUpdate(action) && action.getStatus().isOpen(), actor.maySignOff(action));
    }

    /** Where each of these actions stands today, in one read; an action that has gone is left out. */
    @SignedIn
    @Transactional(readOnly = true)
    public List<ActionStanding> standings(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        LocalDate today = calendar.today();
        return actions.findAllById(Set.copyOf(ids)).stream().map(action -> new ActionStanding(action.getId(),
                action.getReference(), action.getTitle(), action.getStatus(), action.rag(today),
                action.getDueDate(), action.isOverdue(today))).toList();
    }

    /** An action's updates, newest first. */
    @SignedIn
    @Transactional(readOnly = true)
    public List<UpdateInfo> updates(long actionId) {
        String me = permissions.current().username();
        List<ProgressUpdate> found = updates.forAction(actionId, Limit.of(200));
        Map<Long, HalfTermInfo> halfTerms = calendar.halfTerms(
                found.stream().map(ProgressUpdate::getHalfTermId).collect(Collectors.toSet()));
        Map<String, String> authors = users.namesByUsername(
                found.stream().map(ProgressUpdate::getAuthor).collect(Collectors.toSet()));
        return found.stream().map(update -> {
            HalfTermInfo halfTerm = halfTerms.get(update.getHalfTermId());
            boolean open = halfTerm != null && !halfTerm.closed();
            return new UpdateInfo(update.getId(), update.getVersion(), update.getHalfTermId(),
                    halfTerm == null ? "" : halfTerm.label(), update.getStatus(), update.getPercentComplete(),
                    update.getNarrative(), update.getAuthor(),
                    authors.getOrDefault(update.getAuthor(), update.getAuthor()), update.getCreatedAt(),
                    update.getUpdatedAt(), open && update.getAuthor().equals(me));
        }).toList();
    }

    @SignedIn
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long actionId) {
        ActionItem action = actions.findById(actionId)
                .orElseThrow(() -> new ValidationProblem("id", "That action no longer exists."));
        List<HistoryEntry> entries = new ArrayList<>(auditHistory.of(ActionItem.class, actionId,
                "Action " + action.getReference(), field -> LABELS.getOrDefault(field, field)));
        // All updates' revisions in one query; their link back to the action is left out as it never changes.
        entries.addAll(auditHistory.ofRelated(ProgressUpdate.class, "action", actionId, "Update",
                field -> LABELS.getOrDefault(field, field), Set.of("action")));
        entries.sort(Comparator.comparing(HistoryEntry::when).reversed());
        return entries;
    }

    /** The newest updates on a priority's actions, for its page. */
    @SignedIn
    @Transactional(readOnly = true)
    public List<RecentUpdate> recentUpdates(long priorityId, int limit) {
        List<ProgressUpdate> found = updates.latestForPriority(priorityId, Limit.of(Math.min(Math.max(limit, 1), 50)));
        Map<Long, HalfTermInfo> halfTerms = calendar.halfTerms(
                found.stream().map(ProgressUpdate::getHalfTermId).collect(Collectors.toSet()));
        Map<String, String> authors = users.namesByUsername(
                found.stream().map(ProgressUpdate::getAuthor).collect(Collectors.toSet()));
        return found.stream()
                .map(update -> new RecentUpdate(update.getAction().getId(), update.getAction().getReference(),
                        update.getAction().getTitle(), halfTerms.containsKey(update.getHalfTermId())
                                ? halfTerms.get(update.getHalfTermId()).label() : "",
                        update.getStatus(), update.getNarrative(),
                        authors.getOrDefault(update.getAuthor(), update.getAuthor()), update.getUpdatedAt()))
                .toList();
    }

    /** The actions the signed-in person owns or whose workstream they lead; those awaiting an update first. */
    @SignedIn
    @Transactional(readOnly = true)
    public List<ActionRow> mine() {
        Actor actor = permissions.current();
        if (actor.userId() == null) {
            return List.of();
        }
        LocalDate today = calendar.today();
        List<ActionItem> found = actions.findAll((root, query, cb) -> cb.or(
                cb.equal(root.get("ownerId"), actor.userId()),
                actor.ledWorkstreamIds().isEmpty() ? cb.disjunction()
                        : root.get("workstream").get("id").in(actor.ledWorkstreamIds())));
        List<ActionRow> rows = found.stream().map(rowMaker(found, updateWindow(), today)::apply).toList();
        return rows.stream().sorted(Comparator.comparing((ActionRow row) -> !row.updateDue())
                .thenComparing(row -> !row.status().isOpen())
                .thenComparing(row -> ReferenceKey.of(row.reference())).thenComparing(ActionRow::reference)).toList();
    }

    private java.util.function.Function<ActionItem, ActionRow> rowMaker(List<ActionItem> items,
            Optional<UpdateWindow> window, LocalDate today) {
        Set<Long> ids = items.stream().map(ActionItem::getId).collect(Collectors.toSet());
        Set<Long> priorityIds = items.stream().map(ActionItem::getPriorityId).collect(Collectors.toSet());
        Set<Long> ownerIds = items.stream().map(ActionItem::getOwnerId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, PriorityInfo> priorities = priorityIds.isEmpty() ? Map.of() : strategy.prioritiesById(priorityIds);
        Map<Long, Person> owners = users.people(ownerIds);
        Set<Long> updated = window.isEmpty() || ids.isEmpty() ? Set.of()
                : new HashSet<>(updates.actionsUpdatedIn(window.get().halfTerm().id(), ids));
        return action -> {
            PriorityInfo priority = priorities.get(action.getPriorityId());
            Person owner = action.getOwnerId() == null ? null : owners.get(action.getOwnerId());
            return new ActionRow(action.getId(), action.getVersion(), action.getReference(), action.getTitle(),
                    priority == null ? "" : priority.label(),
                    action.getWorkstream() == null ? null : action.getWorkstream().getName(),
                    owner == null ? null : owner.displayName(), action.getStatus(), action.rag(today),
                    action.getPercentComplete(), action.getStartDate(), action.getDueDate(),
                    action.isOverdue(today), window.isPresent() && action.getStatus().isOpen()
                            && !updated.contains(action.getId()));
        };
    }

    private static @Nullable Long overdueHalfTerm(Optional<UpdateWindow> window, LocalDate today) {
        return window.filter(w -> today.isAfter(w.deadline())).map(w -> w.halfTerm().id()).orElse(null);
    }

    /**
     * The orders a list may ask for, with the id last so that pages never overlap. A reference sorts by its key
     * (2.2 before 2.10), then by itself for references that read alike ("2.01" and "2.1").
     */
    private static Pageable sorted(Pageable pageable) {
        List<Sort.Order> orders = new ArrayList<>();
        for (Sort.Order order : pageable.getSort()) {
            if (order.getProperty().equals("reference")) {
                orders.add(order.withProperty("referenceKey"));
                orders.add(order);
            } else if (Set.of("title", "dueDate", "startDate", "status", "percentComplete")
                    .contains(order.getProperty())) {
                orders.add(order);
            }
        }
        Sort sort = orders.isEmpty() ? Sort.by("referenceKey", "reference", "id")
                : Sort.by(orders).and(Sort.by("id"));
        return PageRequest.of(pageable.getPageNumber(), Math.min(Math.max(pageable.getPageSize(), 1), EXPORT_LIMIT),
                sort);
    }

    /** An update as a priority's page lists it, {@code author} by name as people read it. */
    public record RecentUpdate(long actionId, String reference, String title, String halfTerm, ActionStatus status,
            String narrative, String author, java.time.Instant at) {
    }

    /** The half-term awaiting updates and the last day to give them without being "update overdue". */
    public record UpdateWindow(HalfTermInfo halfTerm, LocalDate deadline) {

        static UpdateWindow of(HalfTermInfo halfTerm, UpdateSettings settings) {
            return new UpdateWindow(halfTerm, halfTerm.end().minusDays(settings.deadlineDaysBeforeEnd()));
        }
    }
}
