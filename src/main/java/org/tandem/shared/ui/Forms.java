package org.tandem.shared.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/**
 * What every form does the same way. Its binder marks as required each field the draft's rules require, a text
 * that must not be blank included (Vaadin's own marks only null, empty and sized ones). A form is written into its
 * draft, or shows why not where the person will see it: every broken rule at its field, and focus on the first of
 * them. In a long dialog on a narrow screen the first message may be far above the button the person pressed;
 * without the move they would see nothing happen, and a screen reader would say nothing.
 */
public final class Forms {

    private static final RequiredFieldConfigurator REQUIRED = RequiredFieldConfigurator.DEFAULT
            .chain((annotation, binding) -> annotation.annotationType() == NotBlank.class);

    private Forms() {
    }

    /** A binder for a draft whose fields are bound by property name, so that the draft's rules apply at them. */
    public static <T> BeanValidationBinder<T> binder(Class<T> draft) {
        BeanValidationBinder<T> binder = new BeanValidationBinder<>(draft);
        binder.setRequiredConfigurator(REQUIRED);
        return binder;
    }

    /** True when the fields were valid and are now in {@code draft}; false with the messages shown. */
    public static <T> boolean write(Binder<T> binder, T draft) {
        if (binder.writeBeanIfValid(draft)) {
            return true;
        }
        binder.validate().getFieldValidationErrors().stream().findFirst().ifPresent(error -> focus(error.getField()));
        return false;
    }

    /** Marks fields as required before anyone presses the button, for a form whose rules are checked by hand. */
    public static void required(HasValue<?, ?>... fields) {
        for (HasValue<?, ?> field : fields) {
            field.setRequiredIndicatorVisible(true);
        }
    }

    /** Moves focus to a field that shows a message, where there is one and it can take focus. */
    public static void focus(@Nullable Object field) {
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }
}
