package org.tandem.demo;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tandem.action.ActionStatus;
import org.tandem.action.CoProductionPartner;

/**
 * One action of the demo plan and what happened to it over the last two half-terms. Dates are counted in months
 * from those half-terms, so the plan looks lived-in whenever the demo starts.
 */
final class DemoAction {

    /** How the action ended, if it did. */
    enum Ending {
        OPEN, COMPLETED_EARLIER, COMPLETED_LATEST, CANCELLED
    }

    /** An update as its owner wrote it. */
    record Update(ActionStatus status, int percent, String narrative) {
    }

    final String reference;
    final String title;
    final String description;
    DemoWorkstream workstream = DemoWorkstream.EHC_PLANS;
    String owner = "";
    Set<DemoOrganisation> partners = EnumSet.noneOf(DemoOrganisation.class);
    Set<CoProductionPartner> coProducedWith = EnumSet.noneOf(CoProductionPartner.class);
    /** Months from the start of the earlier half-term to the first of the month the action started. */
    int startMonth;
    /** Months from the start of the latest half-term to the end of the month the action is due. */
    int dueMonth;
    /** Due a week before the earlier half-term ended, so overdue if still open. */
    boolean dueLastHalfTerm;
    @Nullable Update earlier;
    @Nullable Update latest;
    Ending ending = Ending.OPEN;
    @Nullable String closingWords;
    @Nullable String signedOffBy;

    private DemoAction(String reference, String title, String description) {
        this.reference = reference;
        this.title = title;
        this.description = description;
    }

    static DemoAction action(String reference, String title, String description) {
        return new DemoAction(reference, title, description);
    }

    /** The number of the priority it serves: the part of its reference before the dot, as in "2.3". */
    int priorityNumber() {
        return Integer.parseInt(reference.substring(0, reference.indexOf('.')));
    }

    DemoAction in(DemoWorkstream value) {
        this.workstream = value;
        return this;
    }

    DemoAction ownedBy(String username) {
        this.owner = username;
        return this;
    }

    DemoAction with(DemoOrganisation... values) {
        this.partners = EnumSet.copyOf(Arrays.asList(values));
        return this;
    }

    DemoAction coProducedWith(CoProductionPartner... values) {
        this.coProducedWith = EnumSet.copyOf(Arrays.asList(values));
        return this;
    }

    DemoAction runs(int fromMonth, int toMonth) {
        this.startMonth = fromMonth;
        this.dueMonth = toMonth;
        return this;
    }

    DemoAction dueLastHalfTerm(int fromMonth) {
        this.startMonth = fromMonth;
        this.dueLastHalfTerm = true;
        return this;
    }

    DemoAction earlier(ActionStatus status, int percent, String narrative) {
        this.earlier = new Update(status, percent, narrative);
        return this;
    }

    DemoAction latest(ActionStatus status, int percent, String narrative) {
        this.latest = new Update(status, percent, narrative);
        return this;
    }

    DemoAction completedEarlier(String finalUpdate) {
        return end(Ending.COMPLETED_EARLIER, finalUpdate);
    }

    DemoAction completedLatest(String finalUpdate) {
        return end(Ending.COMPLETED_LATEST, finalUpdate);
    }

    DemoAction cancelled(String reason) {
        return end(Ending.CANCELLED, reason);
    }

    DemoAction signedOffBy(String byWhom) {
        this.signedOffBy = byWhom;
        return this;
    }

    private DemoAction end(Ending how, String words) {
        this.ending = how;
        this.closingWords = words;
        return this;
    }
}
