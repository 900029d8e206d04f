package org.tandem.sef;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tandem.people.ActingUser;
import org.tandem.people.CurrentUser;
import org.tandem.people.Role;

/**
 * Who may do what in the self-evaluation, in one place; the services ask before every change and read, and the
 * records views draw from carry the answers.
 *
 * <p>Admins edit everything (templates, editions, every criterion, all evidence); a criterion's owner edits
 * that criterion while its edition is open; workstream leads add evidence; board members read, submit an edition
 * and approve it; forum reps add family-feedback evidence. Evidence marked as holding personal data is seen only
 * by admins, board members and whoever added it: not by forum reps nor other leads.
 */
@Component
class SefPermissions {

    private final CurrentUser currentUser;

    SefPermissions(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    boolean mayKeepTemplates() {
        return acting().isAdmin();
    }

    boolean mayStartEdition() {
        return acting().isAdmin();
    }

    boolean mayEdit(Evaluation evaluation) {
        return editor().test(evaluation);
    }

    /** The same answer for many rows, asking who is acting once. */
    java.util.function.Predicate<Evaluation> editor() {
        ActingUser acting = acting();
        return evaluation -> evaluation.getEdition().getStatus() != EditionStatus.APPROVED
                && (acting.isAdmin() || acting.is(evaluation.getOwnerId()));
    }

    /** Only admins give a criterion to someone else; an owner keeps it. */
    boolean mayGiveTo(Evaluation evaluation, @Nullable Long ownerId) {
        return acting().isAdmin() || java.util.Objects.equals(evaluation.getOwnerId(), ownerId);
    }

    boolean maySubmit(Edition edition) {
        return edition.getStatus() == EditionStatus.DRAFT && board();
    }

    boolean mayApprove(Edition edition) {
        return edition.getStatus() == EditionStatus.SUBMITTED && board();
    }

    boolean mayAddEvidence() {
        ActingUser acting = acting();
        return acting.isAdmin() || acting.has(Role.WORKSTREAM_LEAD) || acting.has(Role.FORUM_REP);
    }

    /** Forum reps add family feedback only; admins and leads add any kind. */
    boolean mayAdd(EvidenceKind kind) {
        ActingUser acting = acting();
        return acting.isAdmin() || acting.has(Role.WORKSTREAM_LEAD)
                || acting.has(Role.FORUM_REP) && kind == EvidenceKind.FAMILY_FEEDBACK;
    }

    boolean maySee(Evidence evidence) {
        return seer().test(evidence);
    }

    java.util.function.Predicate<Evidence> seer() {
        ActingUser acting = acting();
        boolean seesAll = acting.isAdmin() || acting.has(Role.BOARD_MEMBER);
        return evidence -> !evidence.isPersonalData() || seesAll || acting.is(evidence.getAddedById());
    }

    boolean seesPersonalData() {
        ActingUser acting = acting();
        return acting.isAdmin() || acting.has(Role.BOARD_MEMBER);
    }

    boolean mayChange(Evidence evidence) {
        return changer().test(evidence);
    }

    java.util.function.Predicate<Evidence> changer() {
        ActingUser acting = acting();
        boolean lead = acting.has(Role.WORKSTREAM_LEAD);
        boolean rep = acting.has(Role.FORUM_REP);
        return evidence -> acting.isAdmin() || acting.is(evidence.getAddedById())
                && (lead || rep && evidence.getKind() == EvidenceKind.FAMILY_FEEDBACK);
    }

    @Nullable Long me() {
        return currentUser.id();
    }

    String name() {
        return acting().displayName();
    }

    private boolean board() {
        ActingUser acting = acting();
        return acting.isAdmin() || acting.has(Role.BOARD_MEMBER);
    }

    private ActingUser acting() {
        return currentUser.get();
    }
}
