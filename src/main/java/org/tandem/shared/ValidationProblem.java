package org.tandem.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule the user broke, with the field it belongs to, so that the UI can show it at that field. A check that
 * finds several at once (a draft's bean rules) carries the others too, so that the person sees them all in one go
 * rather than one per press of Save.
 */
public class ValidationProblem extends RuntimeException {

    private final String field;
    private final List<ValidationProblem> others;

    public ValidationProblem(String field, String message) {
        this(field, message, List.of());
    }

    public ValidationProblem(String field, String message, List<ValidationProblem> others) {
        super(message);
        this.field = field;
        this.others = List.copyOf(others);
    }

    public String field() {
        return field;
    }

    /** This problem first, then the others found by the same check. */
    public List<ValidationProblem> all() {
        List<ValidationProblem> all = new ArrayList<>(1 + others.size());
        all.add(this);
        all.addAll(others);
        return all;
    }
}
