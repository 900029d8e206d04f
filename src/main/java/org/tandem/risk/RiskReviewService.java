package org.tandem.risk;

import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.AdminOnly;
import org.tandem.people.AdminOrBoardMember;
import org.tandem.people.SignedIn;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.shared.ValidationProblem;

/**
 * The steps a risk takes after it is raised: reviews by its owner, escalation and de-escalation by the board,
 * and the board's decision to tolerate it. Each is recorded with who took it, when and why.
 */
@Service
public class RiskReviewService {

    static final int REASON_LENGTH = 1000;

    private final Risks risks;
    private final RiskReviews reviews;
    private final ToleranceDecisions tolerances;
    private final RiskLists lists;
    private final RiskPermissions permissions;
    private final RiskSteps steps;
    private final Clock clock;

    RiskReviewService(Risks risks, RiskReviews reviews, ToleranceDecisions tolerances, RiskLists lists,
            RiskPermissions permissions, RiskSteps steps, Clock clock) {
        this.risks = risks;
        this.reviews = reviews;
        this.tolerances = tolerances;
        this.lists = lists;
        this.permissions = permissions;
        this.steps = steps;
        this.clock = clock;
    }

    /** The owner (or an admin) records a review: the residual score now, commentary, and the next review date. */
    @SignedIn
    @Transactional
    public void review(long id, long version, ReviewDraft draft) {
        Risk risk = find(id);
        if (!permissions.mayReview(risk)) {
            throw new AccessDeniedException("Only the risk's owner and admins review it.");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = draft.reviewedOn() == null ? today : draft.reviewedOn();
        if (on.isAfter(today)) {
            throw new ValidationProblem("reviewedOn", "The review date cannot be in the future.");
        }
        RiskScore score = RiskScore.of("residual", draft.likelihood(), draft.impact());
        String commentary = text(draft.commentary(), RiskReview.COMMENTARY_LENGTH, "commentary",
                "Say what the review found.");
        ScoringRules rules = lists.rules();
        LocalDate next = draft.nextReviewOn() == null ? rules.nextReview(score, on) : draft.nextReviewOn();
        if (next.isBefore(today)) {
            throw new ValidationProblem("nextReviewOn", "The next review date cannot be in the past.");
        }
        if (!next.isAfter(on)) {
            throw new ValidationProblem("nextReviewOn", "The next review must come after this one.");
        }
        guard(risk, version);
        int before = risk.residual().score();
        risk.review(score, draft.note(), on, next);
        reviews.save(new RiskReview(risk.getId(), on, permissions.me(), permissions.name(), score, before,
                commentary, next, clock.instant()));
        steps.afterScoreChange(risk, before, rules);
        flush(risk);
    }

    /** A board member (or an admin) takes the risk up a level, saying why. */
    @AdminOrBoardMember
    @Transactional
    public void escalate(long id, long version, Level to, String reason) {
        Risk risk = find(id);
        if (!permissions.mayEscalate(risk)) {
            throw new AccessDeniedException("Only board members and admins escalate risks.");
        }
        if (to != null && to.compareTo(risk.getLevel()) <= 0) {
            throw new ValidationProblem("level", "Escalate to a level above " + risk.getLevel().label()
                    .toLowerCase() + ".");
        }
        move(risk, version, to, reason);
    }

    /** A board member (or an admin) hands the risk back down a level, saying why. */
    @AdminOrBoardMember
    @Transactional
    public void deEscalate(long id, long version, Level to, String reason) {
        Risk risk = find(id);
        if (!permissions.mayDeEscalate(risk)) {
            throw new AccessDeniedException("Only board members and admins de-escalate risks.");
        }
        if (to != null && to.compareTo(risk.getLevel()) >= 0) {
            throw new ValidationProblem("level", "De-escalate to a level below " + risk.getLevel().label()
                    .toLowerCase() + ".");
        }
        move(risk, version, to, reason);
    }

    /**
     * A board member (or an admin) accepts the risk at its current residual score, why and until when. The
     * acceptance lapses when the score rises or the date passes, and the risk goes back to the board.
     */
    @AdminOrBoardMember
    @Transactional
    public void tolerate(long id, long version, String reason, @Nullable LocalDate until) {
        Risk risk = find(id);
        if (!permissions.mayAccept(risk)) {
            throw new AccessDeniedException("Only board members and admins accept a risk.");
        }
        String why = text(reason, ToleranceDecision.REASON_LENGTH, "toleranceReason",
                "Say why the board accepts this risk.");
        if (until == null) {
            throw new ValidationProblem("expiresOn", "Say until when the risk is accepted: an acceptance must "
                    + "expire.");
        }
        guard(risk, version);
        tolerances.standing(risk.getId()).ifPresent(old -> {
            old.lapse(clock.instant(), "Replaced by a new decision.");
            tolerances.saveAndFlush(old);
        });
        risk.tolerate(until, LocalDate.now(clock));
        tolerances.save(new ToleranceDecision(risk.getId(), permissions.name(), clock.instant(), why, until,
                risk.residual().score()));
        flush(risk);
    }

    /** The daily check: tolerances past their date lapse and their risks go back to the board. */
    @AdminOnly
    @Transactional
    public int lapseExpiredTolerances() {
        LocalDate today = LocalDate.now(clock);
        int lapsed = 0;
        for (Risk risk : risks.toleranceExpiredBefore(today)) {
            risk.toleranceLapse(today).ifPresent(why -> steps.lapseTolerance(risk, why));
            risks.save(risk);
            lapsed++;
        }
        risks.flush();
        return lapsed;
    }

    private void move(Risk risk, long version, @Nullable Level to, String reason) {
        if (to == null) {
            throw new ValidationProblem("level", "Choose the level to move the risk to.");
        }
        String why = text(reason, Escalation.REASON_LENGTH, "reason", "Say why the risk moves.");
        guard(risk, version);
        steps.moved(risk, to, false, permissions.name(), why);
        flush(risk);
    }

    private static String text(@Nullable String text, int length, String field, String whenEmpty) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new ValidationProblem(field, whenEmpty);
        }
        if (clean.length() > length) {
            throw new ValidationProblem(field, "Use at most " + length + " characters.");
        }
        return clean;
    }

    private Risk find(long id) {
        return risks.findById(id).filter(permissions::maySee)
                .orElseThrow(() -> new ValidationProblem("id", "That risk no longer exists."));
    }

    private static void guard(Risk risk, long version) {
        if (risk.getVersion() != version) {
            throw new ConcurrentEditException("this risk");
        }
    }

    private void flush(Risk risk) {
        try {
            risks.saveAndFlush(risk);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("this risk");
        }
    }
}
