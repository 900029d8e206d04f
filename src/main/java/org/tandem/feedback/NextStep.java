package org.tandem.feedback;

import java.util.EnumSet;
import java.util.Set;

/**
 * A step a piece of feedback can take, with the stages it may be taken from. {@link Feedback} guards each of its
 * steps with these stages, and the item page offers a step only when the stage and the person both allow it
 * ({@link FeedbackDetails#nextSteps()}).
 */
public enum NextStep {
    EDIT("changed", EnumSet.complementOf(EnumSet.of(Stage.PUBLISHED, Stage.ARCHIVED))),
    ASSIGN("assigned", EnumSet.of(Stage.LOGGED, Stage.ASSIGNED)),
    RESPOND("answered", EnumSet.of(Stage.ASSIGNED, Stage.RESPONSE_DRAFTED, Stage.AGREED)),
    WORD("reworded", EnumSet.of(Stage.RESPONSE_DRAFTED, Stage.AGREED, Stage.WITHDRAWN)),
    AGREE("agreed", EnumSet.of(Stage.RESPONSE_DRAFTED, Stage.WITHDRAWN)),
    PUBLISH("published", EnumSet.of(Stage.AGREED)),
    UPDATE_PUBLISHED("updated", EnumSet.of(Stage.PUBLISHED)),
    WITHDRAW("withdrawn", EnumSet.of(Stage.PUBLISHED)),
    ARCHIVE("archived", EnumSet.complementOf(EnumSet.of(Stage.ARCHIVED)));

    private final String done;
    private final Set<Stage> from;

    NextStep(String done, Set<Stage> from) {
        this.done = done;
        this.from = from;
    }

    boolean allowedFrom(Stage stage) {
        return from.contains(stage);
    }

    /** How a refusal says it: "so it cannot be {@code agreed} now". */
    String done() {
        return done;
    }
}
