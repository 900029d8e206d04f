package org.tandem.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.action.ActionDraft;
import org.tandem.action.ActionSeeding;
import org.tandem.action.UpdateDraft;
import org.tandem.calendar.CalendarService;
import org.tandem.calendar.HalfTermInfo;
import org.tandem.people.Person;
import org.tandem.people.UserService;
import org.tandem.strategy.PriorityDraft;
import org.tandem.strategy.StrategySeeding;

/**
 * The demo strategy and action plan: five priorities, six workstreams and about 40 actions with their updates for
 * the last two half-terms. An action that exists already is left as people left it, updates and all.
 */
final class DemoPlan {

    private static final Logger log = LoggerFactory.getLogger(DemoPlan.class);

    private final StrategySeeding strategy;
    private final ActionSeeding plan;
    private final UserService users;
    private final CalendarService calendar;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoPlan(StrategySeeding strategy, ActionSeeding plan, UserService users, CalendarService calendar,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.strategy = strategy;
        this.plan = plan;
        this.users = users;
        this.calendar = calendar;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    static List<DemoAction> actions() {
        return Stream.of(EhcPlanActions.all(), InclusionActions.all(), AdulthoodActions.all(), HealthActions.all(),
                CoProductionActions.all()).flatMap(List::stream).toList();
    }

    /** Needs an admin signed in: the system, at start-up. */
    void seed(Map<DemoOrganisation, Long> organisations) {
        Map<String, Long> people = users.everyone().stream().collect(Collectors.toMap(Person::username, Person::id));
        long strategyId = strategy.strategy(DemoStrategy.draft(), DemoStrategy.APPROVED_ON, DemoStrategy.APPROVED_BY);
        Map<Integer, Long> priorities = new HashMap<>();
        for (DemoStrategy.Priority priority : DemoStrategy.priorities()) {
            priorities.put(priority.number(), strategy.priority(strategyId, draft(priority, people, organisations)));
        }
        Map<DemoWorkstream, Long> workstreams = new EnumMap<>(DemoWorkstream.class);
        for (DemoWorkstream workstream : DemoWorkstream.values()) {
            workstreams.put(workstream, plan.workstream(workstream.displayName(), workstream.purpose(),
                    people.get(workstream.lead()), ids(workstream.members(), people),
                    ids(workstream.priorityNumbers(), priorities)));
        }
        Optional<DemoTimeline> timeline = timeline();
        if (timeline.isEmpty()) {
            log.info("The calendar has no two half-terms up to today, so the demo plan has no actions yet");
            return;
        }
        long started = System.nanoTime();
        var ids = new Ids(priorities, workstreams, people, organisations);
        List<DemoAction> actions = actions();
        int added = 0;
        for (int index = 0; index < actions.size(); index++) {
            DemoAction action = actions.get(index);
            int position = index;
            if (Boolean.TRUE.equals(transactions.execute(status -> add(action, position, timeline.get(), ids)))) {
                added++;
            }
        }
        if (added > 0) {
            log.info("Demo action plan: {} actions added in {} ms, with updates for {} and {}", added,
                    (System.nanoTime() - started) / 1_000_000, timeline.get().earlier().label(),
                    timeline.get().latest().label());
        }
    }

    /** The ids the plan refers to, by the names the demo texts use. */
    private record Ids(Map<Integer, Long> priorities, Map<DemoWorkstream, Long> workstreams,
            Map<String, Long> people, Map<DemoOrganisation, Long> organisations) {
    }

    /** One action and its story in one transaction, so a failed start never leaves half an action behind. */
    private boolean add(DemoAction action, int index, DemoTimeline time, Ids ids) {
        Optional<Long> created = plan.action(draft(action, time, ids));
        if (created.isEmpty()) {
            return false;
        }
        long id = created.get();
        if (action.earlier != null) {
            plan.update(id, time.earlier().id(), action.owner, time.earlierUpdate(index), update(action.earlier));
        }
        if (action.latest != null) {
            plan.update(id, time.latest().id(), action.owner, time.latestUpdate(index), update(action.latest));
        }
        LocalDate completedOn = switch (action.ending) {
            case COMPLETED_EARLIER -> time.completedEarlier();
            case COMPLETED_LATEST -> time.completedLatest();
            case OPEN, CANCELLED -> null;
        };
        String words = Objects.requireNonNullElse(action.closingWords, "");
        if (completedOn != null) {
            HalfTermInfo halfTerm = action.ending == DemoAction.Ending.COMPLETED_EARLIER ? time.earlier()
                    : time.latest();
            plan.complete(id, completedOn, halfTerm.id(), action.owner, time.completion(completedOn), words);
            if (action.signedOffBy != null) {
                plan.signOffCoProduction(id, action.signedOffBy, time.signOff(completedOn));
            }
        } else if (action.ending == DemoAction.Ending.CANCELLED) {
            plan.cancel(id, words);
        }
        return true;
    }

    /** The current half-term and the one before; during a break, the one just ended and the one before that. */
    private Optional<DemoTimeline> timeline() {
        LocalDate today = calendar.today();
        Optional<HalfTermInfo> latest = calendar.current().or(() -> calendar.years().stream()
                .flatMap(year -> year.halfTerms().stream()).filter(halfTerm -> halfTerm.end().isBefore(today))
                .max(Comparator.comparing(HalfTermInfo::end)));
        return latest.flatMap(halfTerm -> calendar.previous(halfTerm)
                .map(earlier -> new DemoTimeline(earlier, halfTerm, clock)));
    }

    private static PriorityDraft draft(DemoStrategy.Priority priority, Map<String, Long> people,
            Map<DemoOrganisation, Long> organisations) {
        PriorityDraft draft = new PriorityDraft();
        draft.setNumber(priority.number());
        draft.setTitle(priority.title());
        draft.setDescription(priority.description());
        draft.setOutcomes(priority.outcomes());
        draft.setSponsorId(people.get(priority.sponsor()));
        draft.setLeadOrganisationId(organisations.get(priority.leadPartner()));
        return draft;
    }

    private static ActionDraft draft(DemoAction action, DemoTimeline time, Ids ids) {
        ActionDraft draft = new ActionDraft();
        draft.setReference(action.reference);
        draft.setTitle(action.title);
        draft.setDescription(action.description);
        draft.setPriorityId(ids.priorities().get(action.priorityNumber()));
        draft.setWorkstreamId(ids.workstreams().get(action.workstream));
        draft.setOwnerId(ids.people().get(action.owner));
        draft.setPartnerOrganisationIds(ids(action.partners, ids.organisations()));
        draft.setStartDate(time.start(action.startMonth));
        draft.setDueDate(action.dueLastHalfTerm ? time.dueLastHalfTerm() : time.due(action.dueMonth));
        draft.setCoProducedWith(action.coProducedWith);
        return draft;
    }

    private static UpdateDraft update(DemoAction.Update update) {
        return UpdateDraft.of(update.status(), update.percent(), update.narrative());
    }

    /** Ids of the named things that exist: a demo user an admin disabled is simply left out. */
    private static <K> Set<Long> ids(Collection<K> keys, Map<K, Long> known) {
        return keys.stream().map(known::get).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
