package org.tandem.risk;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tandem.people.ActingUser;
import org.tandem.people.CurrentUser;
import org.tandem.people.Role;

/**
 * Who may do what in the risk register, in one place. The services ask before every change and every read, and
 * the records views draw from carry the answers, so a screen never names a role nor repeats a rule.
 *
 * <p>Admins and the owner edit, review and close; workstream leads raise risks, which they own; board members
 * read everything, escalate, de-escalate and accept (tolerate); everyone else signed in reads risks that are not
 * confidential. A confidential risk is seen only by admins, its owner and board members, wherever it would
 * appear.
 */
@Component
class RiskPermissions {

    private final CurrentUser currentUser;

    RiskPermissions(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    boolean maySee(Risk risk) {
        return !risk.isConfidential() || seesConfidential() || owns(risk);
    }

    /** Admins and board members see every confidential risk; others only their own (see {@link #me()}). */
    boolean seesConfidential() {
        ActingUser acting = acting();
        return acting.isAdmin() || acting.has(Role.BOARD_MEMBER);
    }

    boolean mayRaise() {
        ActingUser acting = acting();
        return acting.isAdmin() || acting.has(Role.WORKSTREAM_LEAD);
    }

    /** Admins give a risk to anyone; a lead raising or an owner editing keeps it as their own. */
    boolean mayGiveTo(@Nullable Long ownerId) {
        return acting().isAdmin() || acting().is(ownerId);
    }

    boolean mayEdit(Risk risk) {
        return risk.getStatus() == RiskStatus.OPEN && (acting().isAdmin() || owns(risk));
    }

    boolean mayReview(Risk risk) {
        return mayEdit(risk);
    }

    boolean mayClose(Risk risk) {
        return mayEdit(risk);
    }

    boolean mayEscalate(Risk risk) {
        return risk.getStatus() == RiskStatus.OPEN && board() && risk.getLevel() != Level.BOARD;
    }

    boolean mayDeEscalate(Risk risk) {
        return risk.getStatus() == RiskStatus.OPEN && board() && risk.getLevel() != Level.WORKSTREAM;
    }

    /** Accepting (tolerating) a risk is the board's decision; admins record it for them. */
    boolean mayAccept(Risk risk) {
        return risk.getStatus() == RiskStatus.OPEN && board();
    }

    boolean mayKeepSettings() {
        return acting().isAdmin();
    }

    boolean mayImport() {
        return acting().isAdmin();
    }

    @Nullable Long me() {
        return currentUser.id();
    }

    String name() {
        return acting().displayName();
    }

    String username() {
        return currentUser.username();
    }

    private boolean board() {
        ActingUser acting = acting();
        return acting.isAdmin() || acting.has(Role.BOARD_MEMBER);
    }

    private boolean owns(Risk risk) {
        return acting().is(risk.getOwnerId());
    }

    private ActingUser acting() {
        return currentUser.get();
    }
}
