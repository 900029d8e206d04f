package org.tandem.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tandem.strategy.PriorityInfo;

/** How a measure's linked outcome is found again after an admin reorders or rewords its priority's outcomes. */
class OutcomeMatchTest {

    static final OutcomeLink HEARD = new OutcomeLink(7, "Children and young people are heard in their plans");
    static final OutcomeLink WAIT = new OutcomeLink(7, "Families wait less for an assessment");

    @Test
    void aLinkedOutcomeIsFoundWhereverItMovedInTheList() {
        List<LinkedOutcome> found = OutcomeMatch.resolve(Set.of(HEARD), priority("Families wait less for an "
                + "assessment", "Children and young people are heard in their plans"));
        assertThat(found).singleElement().satisfies(o -> {
            assertThat(o.found()).isTrue();
            assertThat(o.statement()).isEqualTo(HEARD.statement());
            assertThat(o.linkedAs()).isNull();
            assertThat(o.words()).isEqualTo("7. Outcomes: Children and young people are heard in their plans");
        });
    }

    @Test
    void aSmallRewordingIsFollowedAndSaysWhatItWasLinkedAs() {
        List<LinkedOutcome> found = OutcomeMatch.resolve(Set.of(WAIT, HEARD), priority(
                "Children and young people are heard in their plans.", "Families wait less for a needs assessment"));
        assertThat(found).extracting(LinkedOutcome::statement).containsExactlyInAnyOrder(
                "Children and young people are heard in their plans.", "Families wait less for a needs assessment");
        assertThat(found).filteredOn(o -> o.statement().startsWith("Families")).singleElement()
                .satisfies(o -> assertThat(o.words()).contains("reworded since it was linked as “Families wait "
                        + "less for an assessment”"));
    }

    @Test
    void anOutcomeRewrittenOrRemovedIsReportedAsNoLongerFoundNotGuessed() {
        List<LinkedOutcome> found = OutcomeMatch.resolve(Set.of(WAIT), priority("Young adults find paid work",
                "Children and young people are heard in their plans"));
        assertThat(found).singleElement().satisfies(o -> {
            assertThat(o.found()).isFalse();
            assertThat(o.words()).contains("is no longer one of the priority's outcomes");
        });
    }

    @Test
    void twoLinksNeverClaimTheSameOutcome() {
        OutcomeLink close = new OutcomeLink(7, "Families wait less for assessments");
        List<LinkedOutcome> found = OutcomeMatch.resolve(Set.of(WAIT, close), priority(
                "Families wait less for an assessment"));
        assertThat(found).filteredOn(LinkedOutcome::found).hasSize(1);
    }

    private static Map<Long, PriorityInfo> priority(String... outcomes) {
        return Map.of(7L, new PriorityInfo(7, 0, 1, true, 7, "Outcomes", "", List.of(outcomes), null, null, null,
                null, null, null));
    }
}
