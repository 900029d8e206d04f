package org.tandem.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.shared.Rag;
import org.tandem.strategy.PriorityInfo;

class PriorityStandingTest {

    static final PriorityInfo PRIORITY = new PriorityInfo(1, 0, 1, true, 1, "Timely EHC plans", "", List.of(),
            null, null, null, null, null, null);

    static PriorityCard card(Object... statusesAndCounts) {
        PriorityStanding standing = new PriorityStanding();
        for (int i = 0; i < statusesAndCounts.length; i += 2) {
            standing.add((ActionStatus) statusesAndCounts[i], false, (Integer) statusesAndCounts[i + 1]);
        }
        return standing.card(PRIORITY);
    }

    @Test
    void noActionsIsGrey() {
        assertThat(card().rag()).isEqualTo(Rag.GREY);
        assertThat(card(ActionStatus.CANCELLED, 2).rag()).isEqualTo(Rag.GREY);
    }

    @Test
    void anyActionOffTrackIsRed() {
        assertThat(card(ActionStatus.ON_TRACK, 9, ActionStatus.OFF_TRACK, 1).rag()).isEqualTo(Rag.RED);
    }

    @Test
    void anOverdueActionIsRed() {
        PriorityStanding standing = new PriorityStanding();
        standing.add(ActionStatus.ON_TRACK, true, 1);
        standing.add(ActionStatus.ON_TRACK, false, 5);
        PriorityCard card = standing.card(PRIORITY);
        assertThat(card.rag()).isEqualTo(Rag.RED);
        assertThat(card.overdue()).isEqualTo(1);
    }

    @Test
    void moreThanAQuarterAtRiskIsAmberButAQuarterIsNot() {
        assertThat(card(ActionStatus.AT_RISK, 2, ActionStatus.ON_TRACK, 5).rag()).isEqualTo(Rag.AMBER);
        assertThat(card(ActionStatus.AT_RISK, 1, ActionStatus.ON_TRACK, 3).rag()).isEqualTo(Rag.GREEN);
    }

    @Test
    void allCompleteIsBlueAndCancelledActionsAreLeftOut() {
        PriorityCard card = card(ActionStatus.COMPLETE, 3, ActionStatus.CANCELLED, 1);
        assertThat(card.rag()).isEqualTo(Rag.BLUE);
        assertThat(card.actions()).isEqualTo(3);
        assertThat(card.percentComplete()).isEqualTo(100);
    }

    @Test
    void anOverrideIsShownWithItsReasonAndTheDerivedRag() {
        PriorityInfo overridden = new PriorityInfo(1, 0, 1, true, 1, "Timely EHC plans", "", List.of(), null, null,
                Rag.AMBER, "Waiting times rose in October", "board", null);
        PriorityStanding standing = new PriorityStanding();
        standing.add(ActionStatus.ON_TRACK, false, 4);
        PriorityCard card = standing.card(overridden);
        assertThat(card.rag()).isEqualTo(Rag.AMBER);
        assertThat(card.derivedRag()).isEqualTo(Rag.GREEN);
        assertThat(card.reason()).contains("Waiting times rose in October").contains("Green");
    }
}
