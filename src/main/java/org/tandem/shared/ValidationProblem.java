package org.tandem.shared;

/** A rule the user broke, with the field it belongs to, so that the UI can show it at that field. */
public class ValidationProblem extends RuntimeException {

    private final String field;

    public ValidationProblem(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
