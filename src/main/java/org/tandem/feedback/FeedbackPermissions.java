package org.tandem.feedback;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tandem.people.CurrentUser;
import org.tandem.people.Role;

/** Who may do what to a piece of feedback, asked by the service before each step and by the item page. */
@Component
class FeedbackPermissions {

    private final CurrentUser currentUser;

    FeedbackPermissions(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** Admins, and the forum rep who logged it, change what was said until it is published. */
    boolean mayEdit(Feedback feedback) {
        boolean open = feedback.getStage() != Stage.PUBLISHED && feedback.getStage() != Stage.ARCHIVED;
        return open && (admin() || currentUser.has(Role.FORUM_REP) && feedback.getLoggedBy().equals(username()));
    }

    /** Admins and the assigned officer write the response. */
    boolean mayRespond(Feedback feedback) {
        if (admin()) {
            return true;
        }
        Long me = me();
        return me != null && me.equals(feedback.getOfficerId());
    }

    /** Forum reps and admins assign, word, agree, publish, withdraw and archive. */
    boolean mayPublish() {
        return admin() || currentUser.has(Role.FORUM_REP);
    }

    /** The steps this person may take now: the stage allows it and so does their part in it. */
    Set<NextStep> nextSteps(Feedback feedback) {
        Set<NextStep> steps = EnumSet.noneOf(NextStep.class);
        for (NextStep step : NextStep.values()) {
            if (feedback.allows(step) && may(step, feedback)) {
                steps.add(step);
            }
        }
        return steps;
    }

    private boolean may(NextStep step, Feedback feedback) {
        return switch (step) {
            case EDIT -> mayEdit(feedback);
            case RESPOND -> mayRespond(feedback);
            case ASSIGN, WORD, AGREE, PUBLISH, UPDATE_PUBLISHED, WITHDRAW, ARCHIVE -> mayPublish();
        };
    }

    /** Admins keep the co-production pledge and its signatories. */
    boolean mayKeepPledge() {
        return admin();
    }

    /** Admins and forum reps log and edit co-production activities. */
    boolean mayLogActivities() {
        return admin() || currentUser.has(Role.FORUM_REP);
    }

    @Nullable Long me() {
        return currentUser.id();
    }

    boolean admin() {
        return currentUser.has(Role.ADMIN);
    }

    String username() {
        return currentUser.username();
    }
}
