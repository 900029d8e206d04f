package org.tandem.sef;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;
import org.tandem.support.PlanFixture;

/** How strong a judgement's evidence is, and what the gap view finds missing. */
class EvidenceStrengthAndGapsTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.of(2053, 5, 10);

    @Autowired
    SefService sef;
    @Autowired
    SefFrameworks frameworks;
    @Autowired
    EvidenceService evidence;
    @Autowired
    PlanFixture plan;
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
    void aCriterionWithNothingUnderTwelveMonthsOldIsThin() {
        long criterion = given.row(0).criterionId();
        given.evidenceFor(criterion, Voice.PARENT_CARERS, TODAY.minusMonths(13));
        given.evidenceFor(criterion, Voice.DATA, TODAY.minusMonths(12));

        CriterionRow row = given.row(0);
        assertThat(row.strength().level()).isEqualTo(EvidenceStrength.Level.THIN);
        assertThat(row.strength().inWords()).isEqualTo("Thin: nothing from the last 12 months (2 items, newest "
                + "10 May 2052).");
        assertThat(row.gaps()).extracting(Gap::kind).contains(Gap.Kind.THIN_EVIDENCE);
    }

    @Test
    void evidenceHeardOnlyFromProfessionalsSaysSo() {
        long criterion = given.row(1).criterionId();
        given.evidenceFor(criterion, Voice.DATA, TODAY.minusMonths(1));
        given.evidenceFor(criterion, Voice.PRACTITIONERS, TODAY.minusMonths(2));
        given.evidenceFor(criterion, Voice.DATA, TODAY.minusMonths(3));

        CriterionRow row = given.row(1);
        assertThat(row.strength().level()).isEqualTo(EvidenceStrength.Level.LIMITED);
        assertThat(row.strength().inWords()).isEqualTo("Limited: 3 items, 3 from the last 12 months; voices: "
                + "practitioners, data. Only professionals' voice: no children, young people or parent carers heard.");
        assertThat(row.gaps()).extracting(Gap::inWords).contains("Only professionals' voice: no children, young "
                + "people or parent carers heard in the last 12 months.");
    }

    @Test
    void recentEvidenceFromFamiliesAndDataIsGoodAndLeavesNoEvidenceGap() {
        long criterion = given.row(2).criterionId();
        given.evidenceFor(criterion, Voice.PARENT_CARERS, TODAY.minusMonths(1));
        given.evidenceFor(criterion, Voice.CHILDREN_AND_YOUNG_PEOPLE, TODAY.minusMonths(4));
        given.evidenceFor(criterion, Voice.DATA, TODAY.minusMonths(6));
        given.judge(2, "Secure", TODAY, Set.of());

        CriterionRow row = given.row(2);
        assertThat(row.strength().level()).isEqualTo(EvidenceStrength.Level.GOOD);
        assertThat(row.gaps()).isEmpty();
    }

    @Test
    void evidenceFromOneVoiceIsAGap() {
        long criterion = given.row(3).criterionId();
        given.evidenceFor(criterion, Voice.PARENT_CARERS, TODAY.minusMonths(1));
        given.evidenceFor(criterion, Voice.PARENT_CARERS, TODAY.minusMonths(2));

        assertThat(given.row(3).gaps()).extracting(Gap::inWords).contains("Evidence from one voice only (parent "
                + "carers).");
    }

    @Test
    void aWeakOrDevelopingJudgementWithoutALinkedActionIsAGapAndWithOneIsNot() {
        given.judge(4, "Weak", TODAY, Set.of());
        given.judge(5, "Developing", TODAY, Set.of());
        given.judge(6, "Secure", TODAY, Set.of());
        PlanFixture.Plan p = plan.plan("SEF gaps " + unique("plan"));
        long action = plan.action(p, "Shorten assessment waits", TODAY.minusMonths(2), TODAY.plusMonths(6));
        given.judge(7, "Weak", TODAY, Set.of(action));

        assertThat(given.row(4).gaps()).extracting(Gap::inWords).contains("Judged weak with no linked action.");
        assertThat(given.row(5).gaps()).extracting(Gap::kind).contains(Gap.Kind.NO_ACTION);
        assertThat(given.row(6).gaps()).extracting(Gap::kind).doesNotContain(Gap.Kind.NO_ACTION);
        assertThat(given.row(7).gaps()).extracting(Gap::kind).doesNotContain(Gap.Kind.NO_ACTION);
        assertThat(given.row(7).actions()).extracting(LinkedAction::title).containsExactly("Shorten assessment waits");
    }

    @Test
    void aCriterionNotReviewedInSixMonthsIsAGap() {
        given.judge(8, "Secure", TODAY.minusMonths(6).minusDays(1), Set.of());
        given.judge(9, "Secure", TODAY.minusMonths(6), Set.of());

        assertThat(given.row(8).gaps()).extracting(Gap::inWords).contains("Not reviewed since 9 November 2052.");
        assertThat(given.row(9).gaps()).extracting(Gap::kind).doesNotContain(Gap.Kind.NOT_REVIEWED);
        assertThat(given.row(10).gaps()).extracting(Gap::inWords).contains("Never reviewed.");
        GapHeadline headline = org.tandem.people.SystemAuthentication.call(() -> sef.overview(given.editionId))
                .gaps();
        assertThat(headline.notReviewed()).isEqualTo(10);
    }
}
