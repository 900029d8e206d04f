package org.tandem.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.tandem.people.InitialPeople;
import org.tandem.people.SystemAuthentication;
import org.tandem.people.UserService;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.shared.ValidationProblem;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;
import org.tandem.support.PlanFixture;
import org.tandem.support.SignIn;

class RiskServiceTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.of(2036, 3, 10);

    @Autowired
    RiskService service;
    @Autowired
    RiskReviewService reviews;
    @Autowired
    RiskRegister register;
    @Autowired
    RiskHeatMap heatMap;
    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;
    @Autowired
    MutableClock clock;
    @Autowired
    PlanFixture planFixture;

    RiskFixture given;

    @BeforeEach
    void peopleOfEveryRole() {
        clock.setDate(TODAY);
        given = new RiskFixture(people, users, service);
    }

    @AfterEach
    void signOutAndRealTime() {
        SignIn.out();
        clock.reset();
    }

    @Test
    void aRaisedRiskShowsItsScoresWithTheirBandsAsWordsAndIsDueForReviewByItsBand() {
        long id = given.raised("Too few specialist places for autistic secondary pupils", 3, 4);

        RiskDetails risk = SystemAuthentication.call(() -> register.details(id));
        assertThat(risk.reference()).startsWith("T-");
        assertThat(risk.inherent().score()).isEqualTo(16);
        assertThat(risk.inherentBand()).isEqualTo("Very high");
        assertThat(risk.residual().score()).isEqualTo(12);
        assertThat(risk.residualBand()).isEqualTo("High");
        assertThat(risk.targetBand()).isEqualTo("Low");
        assertThat(risk.nextReviewOn()).isEqualTo(TODAY.plusMonths(2));
        assertThat(risk.level()).isEqualTo(Level.WORKSTREAM);
        assertThat(risk.trend()).isEqualTo(Trend.NEW);
    }

    @Test
    void aReviewThatTakesTheResidualScoreToTheBoardThresholdEscalatesTheRiskByTheRuleAndRecordsWhy() {
        long id = given.raised("EHC needs assessments miss the 20-week limit", 3, 4);
        given.as(given.owner);
        reviews.review(id, version(id), new ReviewDraft(TODAY, 4, 4, null,
                "Requests rose by a third this term.", null));

        RiskDetails risk = SystemAuthentication.call(() -> register.details(id));
        assertThat(risk.level()).isEqualTo(Level.BOARD);
        assertThat(risk.trend()).isEqualTo(Trend.UP);
        assertThat(risk.nextReviewOn()).isEqualTo(TODAY.plusMonths(1));
        var moves = SystemAuthentication.call(() -> register.escalations(id));
        assertThat(moves).hasSize(1);
        assertThat(moves.getFirst().byRule()).isTrue();
        assertThat(moves.getFirst().from()).isEqualTo(Level.WORKSTREAM);
        assertThat(moves.getFirst().to()).isEqualTo(Level.BOARD);
        assertThat(moves.getFirst().reason()).contains("16").contains("threshold of 15");
        assertThat(SystemAuthentication.call(() -> register.reviews(id))).singleElement()
                .satisfies(review -> assertThat(review.trend()).isEqualTo(Trend.UP));
    }

    @Test
    void aRiskRaisedAtTheThresholdGoesStraightToTheBoard() {
        long id = given.raised("The high needs block deficit exceeds the safety valve plan", 4, 4);
        assertThat(SystemAuthentication.call(() -> register.details(id).level())).isEqualTo(Level.BOARD);
        assertThat(SystemAuthentication.call(() -> register.escalated())).extracting(RiskRow::id).contains(id);
    }

    @Test
    void boardMembersDeEscalateAndEscalateWithAReasonAndEachMoveSaysWhoMovedIt() {
        long id = given.raised("Educational psychologist vacancies", 2, 4);
        given.as(given.board);
        reviews.escalate(id, version(id), Level.STEERING_GROUP, "Two more vacancies since January.");
        reviews.deEscalate(id, version(id), Level.WORKSTREAM, "Agency staff in post until August.");

        var moves = SystemAuthentication.call(() -> register.escalations(id));
        assertThat(moves).extracting(EscalationInfo::to).containsExactly(Level.WORKSTREAM, Level.STEERING_GROUP);
        assertThat(moves).extracting(EscalationInfo::by).containsOnly(given.board.displayName());
        assertThat(moves).noneMatch(EscalationInfo::byRule);
        assertThatThrownBy(() -> reviews.deEscalate(id, version(id), Level.WORKSTREAM, "Again"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.escalate(id, version(id), Level.BOARD, " "))
                .isInstanceOf(ValidationProblem.class).hasMessageContaining("why");
    }

    @Test
    void aToleratedRiskRecordsWhoAcceptedItAndLapsesBackToTheBoardWhenItsScoreRises() {
        long id = given.raised("Post-16 transport costs overspend", 3, 3);
        given.as(given.board);
        reviews.tolerate(id, version(id), "Within the transport budget's contingency.", TODAY.plusMonths(6));
        RiskDetails tolerated = SystemAuthentication.call(() -> register.details(id));
        assertThat(tolerated.tolerance()).isNotNull();
        assertThat(tolerated.tolerance().acceptedBy()).isEqualTo(given.board.displayName());
        assertThat(tolerated.tolerance().atScore()).isEqualTo(9);
        assertThat(tolerated.response()).isEqualTo(RiskResponse.TOLERATE);

        given.as(given.owner);
        reviews.review(id, version(id), new ReviewDraft(TODAY, 4, 3, null, "Fuel prices rose again.", null));

        RiskDetails lapsed = SystemAuthentication.call(() -> register.details(id));
        assertThat(lapsed.tolerance()).isNull();
        assertThat(lapsed.level()).isEqualTo(Level.BOARD);
        assertThat(SystemAuthentication.call(() -> register.tolerances(id))).singleElement().satisfies(decision -> {
            assertThat(decision.standing()).isFalse();
            assertThat(decision.lapseReason()).contains("rose from 9 to 12");
        });
        assertThat(SystemAuthentication.call(() -> register.escalations(id)).getFirst().reason())
                .contains("tolerance lapsed");
    }

    @Autowired
    org.tandem.reminder.ReminderSource[] sources;

    @Test
    void aHomePageOnlyReadsRemindersTheDailyRunIsWhatLapsesAToleranceAndReadingNeedsNoAdminRights() {
        long id = given.raised("Home page read " + java.util.UUID.randomUUID(), 2, 3);
        given.as(given.admin);
        reviews.tolerate(id, version(id), "The new provider starts in spring.", TODAY.plusDays(10));
        clock.setDate(TODAY.plusDays(11));
        org.tandem.reminder.ReminderSource risks = java.util.Arrays.stream(sources)
                .filter(source -> source instanceof RiskReminders).findFirst().orElseThrow();

        // Run as the rep who opens their home page, who may not lapse tolerances.
        given.as(given.rep);
        assertThat(risks.waitingFor(given.rep.id(), TODAY.plusDays(11))).isEmpty();
        assertThat(SystemAuthentication.call(() -> register.details(id)).tolerance()).isNotNull();

        SystemAuthentication.call(() -> risks.due(TODAY.plusDays(11)));
        assertThat(SystemAuthentication.call(() -> register.details(id)).tolerance()).isNull();
    }

    @Test
    void aToleranceLapsesWhenItsExpiryPassesAndTheRiskGoesBackToTheBoard() {
        long id = given.raised("Short breaks waiting list", 2, 3);
        given.as(given.admin);
        reviews.tolerate(id, version(id), "The new provider starts in spring.", TODAY.plusDays(10));
        clock.setDate(TODAY.plusDays(11));

        assertThat(SystemAuthentication.call(() -> reviews.lapseExpiredTolerances())).isGreaterThanOrEqualTo(1);

        RiskDetails risk = SystemAuthentication.call(() -> register.details(id));
        assertThat(risk.tolerance()).isNull();
        assertThat(risk.level()).isEqualTo(Level.BOARD);
        assertThat(SystemAuthentication.call(() -> register.tolerances(id)).getFirst().lapseReason())
                .contains("expired");
    }

    @Test
    void toleratingWithoutAnExpiryOrAReasonIsRefusedAtTheFieldAndNothingChanges() {
        long id = given.raised("Annual review backlog", 2, 3);
        given.as(given.board);
        assertThatThrownBy(() -> reviews.tolerate(id, version(id), "Accepted for now.", null))
                .isInstanceOf(ValidationProblem.class).extracting(e -> ((ValidationProblem) e).field())
                .isEqualTo("expiresOn");
        assertThatThrownBy(() -> reviews.tolerate(id, version(id), "", TODAY.plusMonths(3)))
                .extracting(e -> ((ValidationProblem) e).field()).isEqualTo("toleranceReason");
        assertThatThrownBy(() -> reviews.tolerate(id, version(id), "Accepted", TODAY))
                .extracting(e -> ((ValidationProblem) e).field()).isEqualTo("expiresOn");
        assertThat(SystemAuthentication.call(() -> register.details(id).tolerance())).isNull();
    }

    @Test
    void badInputIsRefusedWithAMessageAtItsFieldAndNothingIsHalfSaved() {
        given.as(given.owner);
        RiskDraft outside = given.draft("Out of range", 6, 2);
        assertThat(field(() -> service.raise(outside))).isEqualTo("residualLikelihood");

        RiskDraft above = given.draft("Above inherent", 5, 5);
        assertThat(field(() -> service.raise(above))).isEqualTo("residualNote");
        above.setResidualNote("The new funding formula hits us harder than controls can offset.");
        long id = service.raise(above);
        assertThat(SystemAuthentication.call(() -> register.details(id).residualNote())).startsWith("The new");

        assertThat(field(() -> reviews.review(id, version(id), new ReviewDraft(TODAY, 3, 3, null, "Fine.",
                TODAY.minusDays(1))))).isEqualTo("nextReviewOn");
        assertThat(field(() -> reviews.review(id, version(id), new ReviewDraft(TODAY, 3, 3, null, " ", null))))
                .isEqualTo("commentary");
        assertThat(field(() -> service.close(id, version(id), "  "))).isEqualTo("closedReason");
        RiskDetails unchanged = SystemAuthentication.call(() -> register.details(id));
        assertThat(unchanged.residual().score()).isEqualTo(25);
        assertThat(unchanged.status()).isEqualTo(RiskStatus.OPEN);
        assertThat(SystemAuthentication.call(() -> register.reviews(id))).isEmpty();

        service.close(id, version(id), "The funding formula was changed back.");
        assertThat(SystemAuthentication.call(() -> register.details(id).closedReason())).startsWith("The funding");
    }

    @Test
    void whenTwoPeopleSaveTheSameRiskTheSecondIsToldAndTheFirstOnesChangeIsKept() {
        long id = given.raised("Tribunal appeals rising", 2, 4);
        given.as(given.owner);
        RiskDraft mine = service.edit(id);
        given.as(given.admin);
        RiskDraft theirs = service.edit(id);
        theirs.setControls("Mediation offered at every refusal");
        service.update(theirs);

        given.as(given.owner);
        mine.setControls("Something else");
        assertThatThrownBy(() -> service.update(mine)).isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("Someone else saved");
        assertThat(SystemAuthentication.call(() -> register.details(id).controls()))
                .isEqualTo("Mediation offered at every refusal");
    }

    @Test
    void confidentialRisksAreSeenOnlyByAdminsTheOwnerAndBoardMembersInListsCountsAndTheHeatMap() {
        RiskDraft secret = given.draft("A safeguarding referral about a named setting", 3, 5);
        secret.setCategory("SAFEGUARDING");
        secret.setConfidential(true);
        long hidden = given.raised(secret);
        long open = given.raised("Parents' confidence in the Local Offer", 3, 3);

        for (var reader : java.util.List.of(given.rep, given.otherLead)) {
            given.as(reader);
            assertThat(register.list(given.mine(), PageRequest.of(0, 50))).extracting(RiskRow::id)
                    .contains(open).doesNotContain(hidden);
            assertThat(register.count(given.mine())).isEqualTo(1);
            assertThat(heatMap.of(Basis.RESIDUAL, given.mine()).total()).isEqualTo(1);
            assertThat(heatMap.of(Basis.RESIDUAL, given.mine()).count(3, 5)).isZero();
            assertThat(register.export(given.mine())).extracting(RiskRow::id).doesNotContain(hidden);
            assertThatThrownBy(() -> register.details(hidden)).isInstanceOf(ValidationProblem.class);
        }
        for (var reader : java.util.List.of(given.owner, given.board, given.admin)) {
            given.as(reader);
            assertThat(register.count(given.mine())).isEqualTo(2);
            assertThat(heatMap.of(Basis.RESIDUAL, given.mine()).count(3, 5)).isEqualTo(1);
            assertThat(register.details(hidden).confidential()).isTrue();
        }
    }

    @Test
    void theHeatMapCountsInherentResidualOrTargetScoresAndSaysSoInWords() {
        given.raised("Speech and language therapy waits", 3, 4);
        given.raised("SENCO turnover", 3, 4);
        given.as(given.board);
        HeatMap residual = heatMap.of(Basis.RESIDUAL, given.mine());
        assertThat(residual.count(3, 4)).isEqualTo(2);
        assertThat(residual.cell(3, 4).bandWord()).isEqualTo("High");
        assertThat(residual.summary()).contains("2 open risks").contains("2 high")
                .contains("2 at likelihood 3 and impact 4");
        assertThat(heatMap.of(Basis.INHERENT, given.mine()).count(4, 4)).isEqualTo(2);
        assertThat(heatMap.of(Basis.TARGET, given.mine()).count(2, 2)).isEqualTo(2);
        assertThat(register.count(residual.cell(3, 4).filter().withOwner(given.owner.id()))).isEqualTo(2);
    }

    @Test
    void aRiskAboveItsCategorysAppetiteIsShownSoAndFilteredBy() {
        RiskDraft high = given.draft("Safeguarding audits overdue", 3, 3);
        high.setCategory("SAFEGUARDING");
        long above = given.raised(high);
        RiskDraft low = given.draft("Workforce training take-up", 2, 2);
        low.setCategory("WORKFORCE");
        long within = given.raised(low);
        given.as(given.board);
        var rows = register.list(given.mine().withAboveAppetite(true), PageRequest.of(0, 50)).getContent();
        assertThat(rows).extracting(RiskRow::id).containsExactly(above);
        assertThat(rows.getFirst().aboveAppetite()).isTrue();
        assertThat(register.details(within).aboveAppetite()).isFalse();
    }

    @Test
    void aRiskWhoseMitigatingActionIsPastItsDueDateShowsMitigationFailingWithTheReason() {
        PlanFixture.Plan plan = planFixture.plan("Risk");
        long late = planFixture.ownAction(plan, "We will recruit two educational psychologists",
                TODAY.minusMonths(6), TODAY.minusDays(5));
        long fine = planFixture.ownAction(plan, "We will run a SENCO network", TODAY.minusMonths(1),
                TODAY.plusMonths(4));
        RiskDraft draft = given.draft("Educational psychology capacity", 3, 4);
        draft.setActionIds(Set.of(late, fine));
        long id = given.raised(draft);
        long other = given.raised(given.draft("Nothing failing here", 2, 2));

        given.as(given.owner);
        RiskDetails risk = register.details(id);
        assertThat(risk.mitigationFailing()).contains("was due");
        assertThat(risk.actions()).hasSize(2);
        assertThat(register.list(given.mine().withMitigationFailing(true), PageRequest.of(0, 50)))
                .extracting(RiskRow::id).containsExactly(id);
        assertThat(register.mine().mitigationFailing()).extracting(RiskRow::id).contains(id).doesNotContain(other);
    }

    @Test
    void theOwnersHomeListsReviewsDueWithinAWeekAndOverdueReviews() {
        RiskDraft soon = given.draft("Review due in five days", 2, 3);
        soon.setNextReviewOn(TODAY.plusDays(5));
        long due = given.raised(soon);
        long later = given.raised(given.draft("Review due in three months", 2, 3));
        clock.setDate(TODAY);
        given.as(given.owner);
        assertThat(register.mine().reviewsDue()).extracting(RiskRow::id).contains(due).doesNotContain(later);
        clock.setDate(TODAY.plusDays(6));
        assertThat(register.list(given.mine().withReviewOverdue(true), PageRequest.of(0, 50)))
                .extracting(RiskRow::id).containsExactly(due);
    }

    private long version(long id) {
        return SystemAuthentication.call(() -> register.details(id).version());
    }

    private static String field(Runnable call) {
        try {
            call.run();
        } catch (ValidationProblem problem) {
            return problem.field();
        }
        throw new AssertionError("Expected a ValidationProblem");
    }
}
