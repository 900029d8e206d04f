package org.tandem.feedback;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.tandem.people.Person;
import org.tandem.people.UserService;

/** Who may do what to a piece of feedback, asked by the service before each step and by the item page. */
@Component
class FeedbackPermissions {

    private final UserService users;

    FeedbackPermissions(UserService users) {
        this.users = users;
    }

    /** Admins, and the forum rep who logged it, change what was said until it is published. */
    boolean mayEdit(Feedback feedback) {
        boolean open = feedback.getStage() != Stage.PUBLISHED && feedback.getStage() != Stage.ARCHIVED;
        return open && (admin() || hasRole("ROLE_FORUM_REP") && feedback.getLoggedBy().equals(username()));
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
        return admin() || hasRole("ROLE_FORUM_REP");
    }

    @Nullable Long me() {
        return users.me().map(Person::id).orElse(null);
    }

    static boolean admin() {
        return hasRole("ROLE_ADMIN");
    }

    static boolean hasRole(String authority) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(granted -> authority.equals(granted.getAuthority()));
    }

    static String username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "" : authentication.getName();
    }
}
