package org.tandem.measure;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tandem.people.ActingUser;
import org.tandem.people.CurrentUser;

/**
 * Who may do what with measures, in one place: admins define measures, adopt them from the library, keep the
 * open-data settings and import benchmarks, and retire, restore or delete measures; admins and a measure's owner edit it and enter its values; everyone
 * signed in reads every measure. The public sees only publishable measures, and only through the public
 * progress page, which is a snapshot taken when a report is issued.
 */
@Component
class MeasurePermissions {

    private final CurrentUser currentUser;

    MeasurePermissions(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    boolean mayRead(Measure measure) {
        return currentUser.find().isPresent() || measure.isPublishable();
    }

    boolean mayDefine() {
        return acting().isAdmin();
    }

    /** Retiring, restoring and deleting a measure change what everyone watches: admins only. */
    boolean mayRetire() {
        return acting().isAdmin();
    }

    boolean mayEdit(Measure measure) {
        return acting().isAdmin() || acting().is(measure.getOwnerId());
    }

    boolean mayEnter(Measure measure) {
        return mayEdit(measure);
    }

    /** {@link #mayEdit} for many measures, asking who is acting once. */
    java.util.function.Predicate<Measure> editing() {
        ActingUser acting = acting();
        return measure -> acting.isAdmin() || acting.is(measure.getOwnerId());
    }

    /** What the reader may do with measures, asking who is acting once (each asking may be a query). */
    record Reader(java.util.function.Predicate<Measure> mayEdit, boolean mayRetire) {
    }

    Reader reader() {
        ActingUser acting = acting();
        return new Reader(measure -> acting.isAdmin() || acting.is(measure.getOwnerId()), acting.isAdmin());
    }

    /** Only an admin gives a measure to someone else; an owner editing keeps it. */
    boolean mayGiveTo(@Nullable Long ownerId) {
        return acting().isAdmin() || acting().is(ownerId);
    }

    boolean mayKeepSettings() {
        return acting().isAdmin();
    }

    @Nullable Long me() {
        return currentUser.id();
    }

    String username() {
        return currentUser.username();
    }

    private ActingUser acting() {
        return currentUser.get();
    }
}
