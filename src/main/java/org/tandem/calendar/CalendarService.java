package org.tandem.calendar;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.data.domain.Limit;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.shared.Acting;
import org.tandem.shared.ValidationProblem;
import org.tandem.shared.audit.AuditHistory;
import org.tandem.shared.audit.HistoryEntry;
import org.tandem.people.AdminOnly;
import org.tandem.people.SignedIn;

/**
 * The half-term calendar. Anyone (and any job) may ask which half-term a date falls in; only admins change it.
 */
@Service
public class CalendarService {

    private static final Map<String, String> LABELS = Map.of("startDate", "First day", "endDate", "Last day",
            "name", "Half-term", "year", "Year", "startYear", "Start year", "halfTerms", "Half-terms",
            "closedAt", "Closed at", "closedBy", "Closed by", "boardMeeting", "Board meeting");

    private final AcademicYears years;
    private final HalfTerms halfTerms;
    private final Clock clock;
    private final Acting acting;
    private final AuditHistory auditHistory;
    private final EntityManager entityManager;

    CalendarService(AcademicYears years, HalfTerms halfTerms, Clock clock, AuditHistory auditHistory,
            EntityManager entityManager, Acting acting) {
        this.acting = acting;
        this.entityManager = entityManager;
        this.years = years;
        this.halfTerms = halfTerms;
        this.clock = clock;
        this.auditHistory = auditHistory;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public Optional<HalfTermInfo> current() {
        return containing(today());
    }

    @Transactional(readOnly = true)
    public Optional<HalfTermInfo> containing(LocalDate date) {
        return halfTerms.containing(date, Limit.of(1)).stream().findFirst().map(HalfTermInfo::of);
    }

    @Transactional(readOnly = true)
    public Optional<HalfTermInfo> previous(HalfTermInfo halfTerm) {
        return halfTerms.endingBefore(halfTerm.start(), Limit.of(1)).stream().findFirst().map(HalfTermInfo::of);
    }

    @Transactional(readOnly = true)
    public Optional<HalfTermInfo> next(HalfTermInfo halfTerm) {
        return halfTerms.startingAfter(halfTerm.end(), Limit.of(1)).stream().findFirst().map(HalfTermInfo::of);
    }

    /** The last half-term that ended before {@code date}. */
    @Transactional(readOnly = true)
    public Optional<HalfTermInfo> lastEndedBefore(LocalDate date) {
        return halfTerms.endingBefore(date, Limit.of(1)).stream().findFirst().map(HalfTermInfo::of);
    }

    /** The first half-term that starts after {@code date}: during a break, the one the break leads to. */
    @Transactional(readOnly = true)
    public Optional<HalfTermInfo> nextAfter(LocalDate date) {
        return halfTerms.startingAfter(date, Limit.of(1)).stream().findFirst().map(HalfTermInfo::of);
    }

    @Transactional(readOnly = true)
    public Optional<HalfTermInfo> halfTerm(long id) {
        return halfTerms.withYears(List.of(id)).stream().findFirst().map(HalfTermInfo::of);
    }

    /** Several half-terms by id, in one query. */
    @Transactional(readOnly = true)
    public Map<Long, HalfTermInfo> halfTerms(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return halfTerms.withYears(ids).stream().map(HalfTermInfo::of)
                .collect(java.util.stream.Collectors.toMap(HalfTermInfo::id, info -> info));
    }

    /** Closes a half-term's progress updates for editing; closing twice changes nothing. */
    @AdminOnly
    @Transactional
    public HalfTermInfo closeHalfTerm(long id) {
        HalfTerm halfTerm = halfTerms.findById(id)
                .orElseThrow(() -> new ValidationProblem("halfTerm", "That half-term no longer exists."));
        halfTerm.close(acting.username(), clock.instant());
        halfTerms.flush();
        return HalfTermInfo.of(halfTerm);
    }

    @SignedIn
    @Transactional(readOnly = true)
    public List<AcademicYearSummary> years() {
        return years.findAllWithHalfTerms().stream().map(CalendarService::summary).toList();
    }

    @AdminOnly
    public YearDraft typicalYear(int startYear) {
        return CalendarRules.typical(startYear);
    }

    /** A year after the latest one, with typical dates, for the admin to correct. */
    @AdminOnly
    @Transactional(readOnly = true)
    public YearDraft suggestNextYear() {
        int startYear = years.findAllWithHalfTerms().stream().mapToInt(AcademicYear::getStartYear).max()
                .orElse((today().getMonthValue() >= 8 ? today().getYear() : today().getYear() - 1) - 1) + 1;
        return CalendarRules.typical(startYear);
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public YearDraft edit(long id) {
        return YearDraft.of(find(id));
    }

    /** Every rule the draft breaks, each with the field it belongs to; empty when it may be saved. */
    public List<ValidationProblem> check(YearDraft draft) {
        return CalendarRules.check(draft);
    }

    @AdminOnly
    @Transactional
    public long addYear(YearDraft draft) {
        reject(draft);
        if (years.existsByStartYear(draft.getStartYear())) {
            throw new ValidationProblem("startYear", "The year " + draft.label() + " already exists.");
        }
        AcademicYear year = new AcademicYear(draft.getStartYear());
        apply(draft, year);
        return years.saveAndFlush(year).getId();
    }

    @AdminOnly
    @Transactional
    public void updateYear(YearDraft draft) {
        reject(draft);
        AcademicYear year = find(draft.getId());
        if (year.getVersion() != draft.getVersion() || year.getStartYear() != draft.getStartYear()) {
            throw new ConcurrentEditException("the calendar for " + year.label());
        }
        try {
            // The year's version moves with any half-term change, so two admins cannot both win.
            entityManager.lock(year, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            apply(draft, year);
            years.saveAndFlush(year);
        } catch (ObjectOptimisticLockingFailureException | OptimisticLockException e) {
            throw new ConcurrentEditException("the calendar for " + year.label());
        }
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long yearId) {
        AcademicYear year = find(yearId);
        Stream<HistoryEntry> yearChanges = auditHistory.of(AcademicYear.class, yearId, year.label(), this::label)
                .stream();
        Stream<HistoryEntry> halfTermChanges = year.getHalfTerms().stream().flatMap(halfTerm ->
                auditHistory.of(HalfTerm.class, halfTerm.getId(), halfTerm.getName().label() + " " + year.label(),
                        this::label).stream());
        return Stream.concat(yearChanges, halfTermChanges)
                .sorted((a, b) -> b.when().compareTo(a.when())).toList();
    }

    private String label(String field) {
        return LABELS.getOrDefault(field, field);
    }

    private void reject(YearDraft draft) {
        List<ValidationProblem> problems = check(draft);
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
    }

    private static void apply(YearDraft draft, AcademicYear year) {
        for (YearDraft.Dates dates : draft.getHalfTerms()) {
            year.schedule(dates.getName(), dates.getStart(), dates.getEnd(), dates.getBoardMeeting());
        }
    }

    private AcademicYear find(Long id) {
        if (id == null) {
            throw new IllegalArgumentException("No year id given");
        }
        return years.findWithHalfTerms(id)
                .orElseThrow(() -> new ValidationProblem("startYear", "That year no longer exists."));
    }

    private static AcademicYearSummary summary(AcademicYear year) {
        return new AcademicYearSummary(year.getId(), year.getStartYear(), year.label(),
                year.getHalfTerms().stream().map(HalfTermInfo::of).toList());
    }
}
