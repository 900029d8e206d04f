package org.tandem.shared.ui;

import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How long a text may be, said and held without ever cutting what a person typed or pasted. A browser's
 * {@code maxlength} silently drops everything past the limit of a paste, so it is not used: the field says how much
 * is allowed, and text over it gets a message at the field (the service refuses it too, so nothing is saved cut).
 */
public final class TextLimits {

    private TextLimits() {
    }

    public static <F extends HasValue<?, String> & HasValidation & HasHelper> F limit(F field, int max) {
        String limit = "Up to " + figure(max) + " characters.";
        String helper = field.getHelperText();
        field.setHelperText(helper == null || helper.isBlank() ? limit
                : helper.strip() + (helper.strip().matches(".*[.!?)]$") ? " " : ". ") + limit);
        field.addValueChangeListener(event -> {
            String message = tooLong(event.getValue(), max);
            if (message != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else if (field.isInvalid() && field.getErrorMessage() != null
                    && field.getErrorMessage().startsWith("This is ")) {
                field.setInvalid(false);
            }
        });
        return field;
    }

    /** The same rule for a binder, whose own check would otherwise clear the field's message. */
    public static Validator<String> fits(int max) {
        return (text, context) -> {
            String message = tooLong(text, max);
            return message == null ? ValidationResult.ok() : ValidationResult.error(message);
        };
    }

    /** The message for text over the limit, or null when it fits. */
    static @Nullable String tooLong(@Nullable String text, int max) {
        int length = text == null ? 0 : text.length();
        if (length <= max) {
            return null;
        }
        return "This is " + figure(length) + " characters; use at most " + figure(max) + " (" + figure(length - max)
                + " too many). Nothing has been cut or saved.";
    }

    private static String figure(int number) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(number);
    }
}
