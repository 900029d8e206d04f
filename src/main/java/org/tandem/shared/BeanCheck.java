package org.tandem.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** Services check what the forms checked, so a rule holds whichever way the data arrives. */
@Component
public class BeanCheck {

    private final Validator validator;

    BeanCheck(Validator validator) {
        this.validator = validator;
    }

    /**
     * Throws the broken rules as a {@link ValidationProblem}: the first by field name (so the answer is stable),
     * carrying one for each other field that breaks a rule.
     */
    public <T> T valid(T bean) {
        Map<String, ValidationProblem> byField = new TreeMap<>();
        for (ConstraintViolation<T> violation : validator.validate(bean)) {
            String field = violation.getPropertyPath().toString().replaceAll("\\[.*", "");
            // One message a field; of two for the same field, the same one every time.
            byField.merge(field, new ValidationProblem(field, violation.getMessage()),
                    (one, other) -> one.getMessage().compareTo(other.getMessage()) <= 0 ? one : other);
        }
        if (!byField.isEmpty()) {
            List<ValidationProblem> problems = List.copyOf(byField.values());
            ValidationProblem first = problems.getFirst();
            throw new ValidationProblem(first.field(), first.getMessage(), problems.subList(1, problems.size()));
        }
        return bean;
    }
}
