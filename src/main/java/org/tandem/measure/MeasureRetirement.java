package org.tandem.measure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.AdminOnly;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.shared.ValidationProblem;

/**
 * Admins retire a measure the partnership stops watching: it keeps its values, benchmarks and history, leaves
 * the dashboard, the entry screen, the reminders, the report and (from the next issued report) the public page,
 * and can be restored. A measure that never had a value was a mistake or a trial, and may be deleted instead.
 */
@Service
public class MeasureRetirement {

    private final Measures measures;
    private final MeasureValues values;
    private final Benchmarks benchmarks;
    private final MeasurePermissions permissions;
    private final Clock clock;

    MeasureRetirement(Measures measures, MeasureValues values, Benchmarks benchmarks, MeasurePermissions permissions,
            Clock clock) {
        this.measures = measures;
        this.values = values;
        this.benchmarks = benchmarks;
        this.permissions = permissions;
        this.clock = clock;
    }

    @AdminOnly
    @Transactional
    public void retire(long id, long version) {
        Measure measure = current(id, version);
        measure.retire(LocalDate.now(clock));
        save(measure);
    }

    @AdminOnly
    @Transactional
    public void restore(long id, long version) {
        Measure measure = current(id, version);
        measure.restore();
        save(measure);
    }

    /** Deletes a measure that has no values, with its benchmarks; one with values is retired instead. */
    @AdminOnly
    @Transactional
    public void delete(long id, long version) {
        Measure measure = current(id, version);
        if (values.existsByMeasureId(id)) {
            throw new ValidationProblem("id", "“" + measure.getName() + "” has values, so it is kept: retire it "
                    + "instead.");
        }
        benchmarks.deleteAllInBatch(benchmarks.forMeasures(List.of(id)));
        try {
            measures.delete(measure);
            measures.flush();
        } catch (DataIntegrityViolationException entered) {
            throw new ValidationProblem("id", "Someone entered a value for “" + measure.getName()
                    + "” meanwhile, so it is kept: retire it instead.");
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("this measure");
        }
    }

    /** The retired measures, by name. */
    @AdminOnly
    @Transactional(readOnly = true)
    public List<RetiredMeasure> retired() {
        requireAdmin();
        return measures.retired().stream().map(m -> new RetiredMeasure(m.getId(), m.getVersion(), m.getName(),
                java.util.Objects.requireNonNull(m.getRetiredOn()))).toList();
    }

    private Measure current(long id, long version) {
        requireAdmin();
        Measure measure = measures.findById(id)
                .orElseThrow(() -> new ValidationProblem("id", "That measure no longer exists."));
        if (measure.getVersion() != version) {
            throw new ConcurrentEditException("this measure");
        }
        return measure;
    }

    private void save(Measure measure) {
        try {
            measures.saveAndFlush(measure);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("this measure");
        }
    }

    private void requireAdmin() {
        if (!permissions.mayRetire()) {
            throw new AccessDeniedException("Only admins retire, restore and delete measures.");
        }
    }
}
