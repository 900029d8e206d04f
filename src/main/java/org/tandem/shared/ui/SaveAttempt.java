package org.tandem.shared.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.shared.ValidationProblem;

/**
 * The one way a failed save is shown, on every form: a validation problem as a message at its field, which takes
 * focus (or, for a field the form does not show, as a notice), an editing conflict as "someone else saved this"
 * with the current version loaded, a refusal as a notice. What escapes a view (an unexpected failure) reaches {@link
 * SessionErrors}, which says so the same way.
 *
 * <pre>{@code
 * new SaveAttempt().at("reason", reason).onConflict(this::show).run(() -> actions.cancel(id, version, text));
 * }</pre>
 */
public final class SaveAttempt {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private @Nullable HasValidation otherwise;
    private @Nullable Consumer<ValidationProblem> problems;
    private Runnable reload = () -> { };
    private boolean formSaysConflict;

    /** Shows problems with the named field at this component. */
    public SaveAttempt at(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    /** Shows problems with any other field at this component, rather than as a notice. */
    public SaveAttempt otherwise(HasValidation component) {
        this.otherwise = component;
        return this;
    }

    /** Hands validation problems to a form that places them itself (a form with a binder). */
    public SaveAttempt problemsTo(Consumer<ValidationProblem> form) {
        this.problems = form;
        return this;
    }

    /** Loads the current version after a conflict, so that the person sees what the other person saved. */
    public SaveAttempt onConflict(Runnable reload) {
        this.reload = reload;
        return this;
    }

    /**
     * For a form that keeps what the person typed after a conflict and shows the other person's version beside it
     * (a {@link ConflictNotice}): the form says what happened, so the attempt adds no notice of its own, which would
     * say that the form now shows their version.
     */
    public SaveAttempt onConflictKeepingEdits(Runnable showTheirs) {
        this.reload = showTheirs;
        this.formSaysConflict = true;
        return this;
    }

    /** Runs the save; true when it went through, false when a failure was shown. */
    public boolean run(Runnable save) {
        fields.values().forEach(field -> field.setInvalid(false));
        if (otherwise != null) {
            otherwise.setInvalid(false);
        }
        try {
            save.run();
            return true;
        } catch (ValidationProblem problem) {
            show(problem);
        } catch (ConcurrentEditException conflict) {
            conflict(conflict.getMessage());
        } catch (OptimisticLockingFailureException conflict) {
            // The database noticed the clash at commit, after the service's own version check passed.
            conflict(new ConcurrentEditException("this").getMessage());
        } catch (AccessDeniedException refusal) {
            Notifications.error(refused(refusal));
        }
        return false;
    }

    /** Runs a save that answers (the new record's id, say); empty when a failure was shown. */
    public <T> Optional<T> call(Supplier<T> save) {
        AtomicReference<T> answer = new AtomicReference<>();
        return run(() -> answer.set(save.get())) ? Optional.ofNullable(answer.get()) : Optional.empty();
    }

    private void conflict(String message) {
        if (!formSaysConflict) {
            Notifications.error(message);
        }
        reload.run();
    }

    /** Spring Security's own refusal says only "Access Denied"; the services' refusals say what is allowed. */
    static String refused(AccessDeniedException refusal) {
        String message = refusal.getMessage();
        return message == null || message.isBlank() || "Access Denied".equals(message)
                ? "You do not have permission to do that. Nothing was changed." : message;
    }

    private void show(ValidationProblem problem) {
        if (problems != null) {
            problems.accept(problem);
            return;
        }
        // Every rule the check found, each at its field (the first at a field wins), and focus on the first field
        // in the form's order; what no field shows is told once, as a notice.
        String notice = null;
        for (ValidationProblem each : problem.all()) {
            HasValidation field = fields.getOrDefault(each.field(), otherwise);
            if (field == null) {
                notice = notice == null ? each.getMessage() : notice;
            } else if (!field.isInvalid()) {
                field.setErrorMessage(each.getMessage());
                field.setInvalid(true);
            }
        }
        if (notice != null) {
            Notifications.error(notice);
        }
        Stream.concat(fields.values().stream(), Stream.ofNullable(otherwise)).filter(HasValidation::isInvalid)
                .findFirst().ifPresent(Forms::focus);
    }
}
