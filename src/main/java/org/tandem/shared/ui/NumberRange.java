package org.tandem.shared.ui;

import com.vaadin.flow.component.textfield.IntegerField;

/**
 * A whole-number field with its range said in words: 150 or -5 in a percentage gets "Enter a whole number from 0
 * to 100", not only a red field (Vaadin's own range check has no message until one is given).
 */
public final class NumberRange {

    private NumberRange() {
    }

    public static IntegerField between(IntegerField field, int min, int max) {
        field.setMin(min);
        field.setMax(max);
        String message = "Enter a whole number from " + min + " to " + max + ".";
        field.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(message).setMaxErrorMessage(message)
                .setBadInputErrorMessage(message).setRequiredErrorMessage(message));
        return field;
    }

    public static IntegerField atLeast(IntegerField field, int min) {
        field.setMin(min);
        String message = "Enter a whole number of " + min + " or more.";
        field.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(message)
                .setBadInputErrorMessage(message));
        return field;
    }
}
