package org.tandem.sef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.people.SystemAuthentication;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.shared.ValidationProblem;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;

/** An edition's life: graded, submitted, approved and then frozen; the next one starts as a copy; compared. */
class SefEditionTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.of(2052, 3, 2);

    @Autowired
    SefService sef;
    @Autowired
    SefFrameworks frameworks;
    @Autowired
    EvidenceService evidence;
    @Autowired
    MutableClock clock;

    SefFixture given;

    @BeforeEach
    void anEdition() {
        clock.setDate(TODAY);
        given = new SefFixture(sef, frameworks, evidence).edition();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anEditionHasEveryCriterionOfItsFrameworkInOrderUnjudged() {
        List<CriterionRow> rows = given.rows();
        assertThat(rows).hasSize(11);
        assertThat(rows.getFirst().title()).isEqualTo("Needs are identified and assessed in time");
        assertThat(rows.getFirst().judgementInWords()).isEqualTo("Not yet judged");
        assertThat(SystemAuthentication.call(() -> sef.overview(given.editionId)).byJudgement())
                .containsEntry("Not yet judged", 11L).containsEntry("Strong", 0L);
    }

    @Test
    void anApprovedEditionIsFrozenAndEditsAreRefusedWithTheReason() {
        given.judge(0, "Secure", TODAY, Set.of());
        EvaluationDraft draft = SystemAuthentication.call(() -> sef.edit(given.row(1).evaluationId()));
        approve(TODAY, "PB/52/7");

        draft.setJudgement("Strong");
        assertThatThrownBy(() -> SystemAuthentication.run(() -> sef.review(draft)))
                .isInstanceOf(ValidationProblem.class)
                .hasMessage("SEF " + given.year + " was approved by the board on 2 March 2052 (minute PB/52/7) "
                        + "and is frozen. Start a new edition to change it.");
        assertThatThrownBy(() -> SystemAuthentication.run(() -> sef.edit(given.row(0).evaluationId())))
                .hasMessageContaining("is frozen");
        EditionSummary edition = SystemAuthentication.call(() -> sef.overview(given.editionId)).edition();
        assertThat(edition.statusInWords()).isEqualTo("Approved by the board on 2 March 2052 (minute PB/52/7); "
                + "frozen");
        assertThat(given.row(0).judgement()).isEqualTo("Secure");
        assertThat(given.row(0).mayEdit()).isFalse();
    }

    @Test
    void anEditionIsApprovedOnlyAfterItIsSubmittedAndWithAMinute() {
        EditionSummary draft = summary();
        assertThatThrownBy(() -> SystemAuthentication.run(() -> sef.approve(given.editionId, draft.version(), TODAY,
                "PB/1"))).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        SystemAuthentication.run(() -> sef.submit(given.editionId, draft.version()));
        EditionSummary submitted = summary();
        assertThat(submitted.status()).isEqualTo(EditionStatus.SUBMITTED);
        assertThatThrownBy(() -> SystemAuthentication.run(() -> sef.approve(given.editionId, submitted.version(),
                TODAY, " "))).isInstanceOf(ValidationProblem.class)
                .hasMessage("Give the minute that records the board's approval.");
    }

    @Test
    void theSecondPersonSavingTheSameCriterionIsToldAndNothingIsLost() {
        long id = given.row(2).evaluationId();
        EvaluationDraft mine = SystemAuthentication.call(() -> sef.edit(id));
        EvaluationDraft theirs = SystemAuthentication.call(() -> sef.edit(id));
        theirs.setJudgement("Developing");
        SystemAuthentication.run(() -> sef.review(theirs));
        mine.setJudgement("Strong");
        assertThatThrownBy(() -> SystemAuthentication.run(() -> sef.review(mine)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(given.row(2).judgement()).isEqualTo("Developing");
    }

    @Test
    void aNewEditionStartsAsACopyOfTheLastAndTheComparisonSaysWhatChangedInWords() {
        given.judge(0, "Developing", TODAY, Set.of());
        given.judge(1, "Secure", TODAY, Set.of());
        approve(TODAY, "PB/52/9");
        long first = given.editionId;
        long next = given.start(given.templateId);

        List<CriterionRow> copied = SystemAuthentication.call(() -> sef.overview(next)).rows();
        assertThat(copied.get(0).judgement()).isEqualTo("Developing");
        assertThat(SystemAuthentication.call(() -> sef.criterion(copied.get(0).evaluationId())).whatWeKnow())
                .isEqualTo("What we know for 0");

        given.editionId = next;
        given.judge(0, "Secure", TODAY, Set.of());
        given.judge(1, "Weak", TODAY, Set.of());
        List<JudgementChange> changes = SystemAuthentication.call(() -> sef.compare(first, next));
        assertThat(changes.get(0).inWords()).isEqualTo("Improved from developing to secure");
        assertThat(changes.get(1).inWords()).isEqualTo("Declined from secure to weak");
        assertThat(changes.get(2).inWords()).isEqualTo("Not judged in either");
        assertThat(changes.stream().filter(JudgementChange::changed)).hasSize(2);
    }

    @Test
    void theYearIsGivenAsTwoConsecutiveYearsAndOnlyOnce() {
        assertThatThrownBy(() -> SystemAuthentication.run(() -> sef.startEdition("2052-53", given.templateId)))
                .hasMessage("Give the academic year as 2025/26.");
        assertThatThrownBy(() -> SystemAuthentication.run(() -> sef.startEdition(given.year, given.templateId)))
                .hasMessage("There is already a SEF " + given.year + ".");
    }

    private void approve(LocalDate on, String minute) {
        SystemAuthentication.run(() -> sef.submit(given.editionId, summary().version()));
        SystemAuthentication.run(() -> sef.approve(given.editionId, summary().version(), on, minute));
    }

    private EditionSummary summary() {
        return summary(given.editionId);
    }

    private EditionSummary summary(long id) {
        return SystemAuthentication.call(() -> sef.overview(id)).edition();
    }
}
