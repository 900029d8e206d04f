package org.tandem.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Services check what the forms checked, so a rule holds whichever way the data arrives. */
@Component
public class BeanCheck {

    private final Validator validator;

    BeanCheck(Validator validator) {
        this.validator = validator;
    }

    /** Throws the first broken rule (by field name, so the answer is stable) as a {@link ValidationProblem}. */
    public <T> T valid(T bean) {
        Set<ConstraintViolation<T>> violations = validator.validate(bean);
        violations.stream().min(Comparator.comparing(v -> v.getPropertyPath().toString())).ifPresent(first -> {
            String field = first.getPropertyPath().toString().replaceAll("\\[.*", "");
            throw new ValidationProblem(field, first.getMessage());
        });
        return bean;
    }
}
