package org.tandem.measure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.AdminOnly;
import org.tandem.people.Person;
import org.tandem.people.SignedIn;
import org.tandem.people.UserService;
import org.tandem.shared.BeanCheck;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.shared.ValidationProblem;
import org.tandem.strategy.PriorityInfo;
import org.tandem.strategy.StrategyService;

/**
 * Defining measures, entering their values and reading them. Admins define and adopt measures; admins and the
 * owner edit a measure and enter its values (see {@link MeasurePermissions}); everyone signed in reads them.
 * Every change is all or nothing, and a value someone else entered first is never overwritten unseen.
 */
@Service
public class MeasureService {

    private final Measures measures;
    private final MeasureValues values;
    private final MeasureReading reading;
    private final MeasurePermissions permissions;
    private final MeasureHistory history;
    private final StrategyService strategy;
    private final UserService users;
    private final BeanCheck check;
    private final Clock clock;

    MeasureService(Measures measures, MeasureValues values, MeasureReading reading, MeasurePermissions permissions,
            MeasureHistory history, StrategyService strategy, UserService users, BeanCheck check, Clock clock) {
        this.history = history;
        this.measures = measures;
        this.values = values;
        this.reading = reading;
        this.permissions = permissions;
        this.strategy = strategy;
        this.users = users;
        this.check = check;
        this.clock = clock;
    }

    /** The measures by priority (a measure serving two priorities is under both), then those linked to none. */
    @SignedIn
    @Transactional(readOnly = true)
    public List<PriorityMeasures> dashboard(MeasureFilter filter) {
        Long me = permissions.me();
        List<PriorityInfo> priorities = strategy.priorities();
        List<MeasureSummary> shown = reading.summaries(reading.load(measures.ordered(), priorities), m -> true)
                .stream()
                .filter(s -> filter.rag() == null || s.verdict().rag() == filter.rag())
                .filter(s -> !filter.experienceOnly() || s.familyExperience())
                .filter(s -> !filter.mine() || me != null && s.ownerId() == me)
                .filter(s -> filter.priorityId() == null || s.priorityIds().contains(filter.priorityId()))
                .toList();
        List<PriorityMeasures> groups = new ArrayList<>();
        Set<Long> known = new java.util.HashSet<>();
        for (PriorityInfo priority : priorities) {
            known.add(priority.id());
            List<MeasureSummary> theirs = shown.stream().filter(s -> s.priorityIds().contains(priority.id()))
                    .toList();
            if (!theirs.isEmpty()) {
                groups.add(new PriorityMeasures(priority.id(), priority.label(), theirs));
            }
        }
        List<MeasureSummary> unlinked = shown.stream().filter(s -> s.priorityIds().stream()
                .noneMatch(known::contains)).toList();
        if (!unlinked.isEmpty()) {
            groups.add(new PriorityMeasures(null, "Not linked to a current priority", unlinked));
        }
        return groups;
    }

    @SignedIn
    @Transactional(readOnly = true)
    public MeasureDetails details(long id) {
        Measure measure = find(id);
        return reading.details(reading.load(List.of(measure)), measure);
    }

    /** Who changed what in the measure's definition, targets and values, newest first. */
    @SignedIn
    @Transactional(readOnly = true)
    public List<org.tandem.shared.audit.HistoryEntry> history(long id) {
        return history.of(find(id));
    }

    /** The reader's measures with the period whose value is due; an admin sees every measure. */
    @SignedIn
    @Transactional(readOnly = true)
    public List<EntryLine> entry() {
        List<Measure> theirs = measures.ordered().stream().filter(permissions.editing()).toList();
        MeasureReading.Loaded loaded = reading.load(theirs);
        return theirs.stream().map(measure -> {
            Period due = measure.getFrequency().due(loaded.today());
            ValueLine entered = loaded.valuesOf(measure).stream().filter(v -> v.getPeriod().equals(due))
                    .findFirst().map(v -> MeasureReading.line(measure, v, loaded.smallBase())).orElse(null);
            return new EntryLine(measure.getId(), measure.getName(), measure.getUnit(), due,
                    measure.getFrequency().label(due), entered);
        }).toList();
    }

    /**
     * Enters or corrects a period's value. When the person saw no value and someone has entered one since, or saw
     * one that has changed since, nothing is saved and they are told: both values are kept in view.
     */
    @SignedIn
    @Transactional
    public ValueLine enter(ValueDraft draft) {
        Measure measure = find(draft.measureId());
        if (!permissions.mayEnter(measure)) {
            throw new AccessDeniedException("Only the measure's owner and admins enter its values.");
        }
        if (measure.isRetired()) {
            throw new ValidationProblem("period", "“" + measure.getName() + "” is retired: an admin restores it "
                    + "before values are entered again.");
        }
        double amount = ValueCheck.checked(measure, draft, LocalDate.now(clock));
        Period period = draft.period();
        MeasureValue value = values.at(measure.getId(), period.year(), period.index()).orElse(null);
        if (value == null && draft.knownVersion() != null
                || value != null && (draft.knownVersion() == null || value.getVersion() != draft.knownVersion())) {
            throw new ConcurrentEditException("the value for " + measure.getFrequency().label(period));
        }
        if (value == null) {
            value = new MeasureValue(measure.getId(), period);
        }
        value.record(amount, draft.numerator(), draft.denominator(), draft.validated(), draft.note(),
                permissions.username(), clock.instant());
        try {
            MeasureValue saved = values.saveAndFlush(value);
            return MeasureReading.line(measure, saved, reading.load(List.of()).smallBase());
        } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException raced) {
            throw new ConcurrentEditException("the value for " + measure.getFrequency().label(period));
        }
    }

    @SignedIn
    public boolean mayDefine() {
        return permissions.mayDefine();
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public MeasureDraft draft() {
        MeasureDraft draft = new MeasureDraft();
        draft.setOwnerId(permissions.me());
        return draft;
    }

    @AdminOnly
    @Transactional
    public long define(MeasureDraft draft) {
        if (!permissions.mayDefine()) {
            throw new AccessDeniedException("Only admins define measures.");
        }
        Measure measure = new Measure(clock.instant(), null, false);
        apply(draft, measure, null);
        return measures.saveAndFlush(measure).getId();
    }

    @SignedIn
    @Transactional(readOnly = true)
    public MeasureDraft edit(long id) {
        Measure measure = find(id);
        requireEdit(measure);
        MeasureDraft draft = MeasureDraft.of(measure);
        // The outcomes as they are worded now, so that saving stores the current wording; lost ones are dropped
        // (the measure page says which) and the form offers the priorities' outcomes to choose again.
        if (!measure.getOutcomes().isEmpty()) {
            draft.setOutcomes(OutcomeMatch.resolve(measure.getOutcomes(), strategy.prioritiesById(
                    measure.getPriorityIds())).stream().filter(LinkedOutcome::found)
                    .map(o -> new OutcomeLink(o.priorityId(), o.statement())).toList());
        }
        return draft;
    }

    @SignedIn
    @Transactional
    public void update(MeasureDraft draft) {
        if (draft.getId() == null) {
            throw new ValidationProblem("id", "That measure no longer exists.");
        }
        Measure measure = find(draft.getId());
        requireEdit(measure);
        if (measure.getVersion() != draft.getVersion()) {
            throw new ConcurrentEditException("this measure");
        }
        apply(draft, measure, measure);
        try {
            measures.saveAndFlush(measure);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("this measure");
        }
    }

    /** The starter library, each saying whether the partnership has adopted it. */
    @AdminOnly
    @Transactional(readOnly = true)
    public List<LibraryMeasure> library() {
        return MeasureLibrary.ALL.stream().map(m -> new LibraryMeasure(m.code(), m.name(), m.definition(),
                m.unit(), m.polarity(), m.frequency(), m.dataSource(), m.familyExperience(),
                measures.existsByLibraryCode(m.code()))).toList();
    }

    /** Adopts a library measure, owned by the admin until they give it to someone; its target is still to set. */
    @AdminOnly
    @Transactional
    public long adopt(String code) {
        if (!permissions.mayDefine()) {
            throw new AccessDeniedException("Only admins adopt measures.");
        }
        LibraryMeasure chosen = MeasureLibrary.ALL.stream().filter(m -> m.code().equals(code)).findFirst()
                .orElseThrow(() -> new ValidationProblem("code", "That measure is not in the library."));
        if (measures.existsByLibraryCode(code)) {
            throw new ValidationProblem("code", "“" + chosen.name() + "” is adopted already.");
        }
        MeasureDraft draft = new MeasureDraft();
        draft.setName(chosen.name());
        draft.setDefinition(chosen.definition());
        draft.setUnit(chosen.unit());
        draft.setPolarity(chosen.polarity());
        draft.setFrequency(chosen.frequency());
        draft.setDataSource(chosen.dataSource());
        draft.setFamilyExperience(chosen.familyExperience());
        draft.setOwnerId(permissions.me());
        Measure measure = new Measure(clock.instant(), code, false);
        apply(draft, measure, null);
        return measures.saveAndFlush(measure).getId();
    }

    /** Who a measure may be given to. */
    @SignedIn
    @Transactional(readOnly = true)
    public List<Person> candidateOwners() {
        return users.everyone();
    }

    private void apply(MeasureDraft draft, Measure measure, @Nullable Measure existing) {
        check.valid(draft);
        Long ownerId = draft.getOwnerId();
        if (ownerId == null || users.people(Set.of(ownerId)).isEmpty()) {
            throw new ValidationProblem("ownerId", "Choose someone who is in the workspace.");
        }
        if ((existing == null || existing.getOwnerId() != ownerId) && !permissions.mayGiveTo(ownerId)) {
            throw new ValidationProblem("ownerId", "Only an admin gives a measure to someone else.");
        }
        measures.findByName(draft.getName().strip()).filter(other -> existing == null
                || !other.getId().equals(existing.getId())).ifPresent(other -> {
                    throw new ValidationProblem("name", "Another measure is called that already.");
                });
        Set<Long> priorities = draft.getPriorityIds();
        if (!priorities.isEmpty() && strategy.prioritiesById(priorities).size() != priorities.size()) {
            throw new ValidationProblem("priorityIds", "One of those priorities no longer exists.");
        }
        checkOutcomes(draft);
        Period baseline = draft.baselinePeriod();
        if ((draft.getBaselineValue() == null) != (baseline == null)) {
            throw new ValidationProblem(draft.getBaselineValue() == null ? "baselineValue" : "baselineYear",
                    "Give the baseline's value and its period, or neither.");
        }
        if (baseline != null && !draft.getFrequency().holds(baseline)) {
            throw new ValidationProblem("baselineIndex", "Choose one of the measure's periods.");
        }
        if ((draft.getTargetValue() == null) != (draft.getTargetDate() == null)) {
            throw new ValidationProblem(draft.getTargetValue() == null ? "targetValue" : "targetDate",
                    "Give the target's value and its date, or neither.");
        }
        if (baseline != null && draft.getTargetDate() != null
                && !draft.getTargetDate().isAfter(draft.getFrequency().end(baseline))) {
            throw new ValidationProblem("targetDate", "The target date comes after the baseline period.");
        }
        InterimTargetCheck.check(draft.getInterimTargets(), baseline == null ? null
                : draft.getFrequency().end(baseline), draft.getTargetDate(), draft.getUnit());
        if (draft.getUnit() == Unit.PERCENT) {
            for (Double v : java.util.Arrays.asList(draft.getBaselineValue(), draft.getTargetValue())) {
                if (v != null && (v < 0 || v > 100)) {
                    throw new ValidationProblem(v.equals(draft.getTargetValue()) ? "targetValue" : "baselineValue",
                            "A percentage is from 0 to 100.");
                }
            }
        }
        measure.describe(draft);
    }

    /** Each linked outcome is, as the form saw it, one of the current outcomes of one of the measure's priorities. */
    private void checkOutcomes(MeasureDraft draft) {
        if (draft.getOutcomes().isEmpty()) {
            return;
        }
        Map<Long, PriorityInfo> theirs = strategy.prioritiesById(draft.getPriorityIds());
        for (OutcomeLink link : draft.getOutcomes()) {
            PriorityInfo priority = theirs.get(link.priorityId());
            if (priority == null) {
                throw new ValidationProblem("outcomes", "Link outcomes of the priorities the measure serves only.");
            }
            if (!priority.outcomes().contains(link.statement())) {
                throw new ValidationProblem("outcomes", "“" + link.statement() + "” is no longer one of "
                        + priority.label() + "'s outcomes: someone changed them meanwhile. Choose again.");
            }
        }
    }

    private void requireEdit(Measure measure) {
        if (!permissions.mayEdit(measure)) {
            throw new AccessDeniedException("Only the measure's owner and admins change it.");
        }
    }

    private Measure find(long id) {
        return measures.withOutcomes(id).filter(permissions::mayRead)
                .orElseThrow(() -> new ValidationProblem("id", "That measure no longer exists."));
    }
}
