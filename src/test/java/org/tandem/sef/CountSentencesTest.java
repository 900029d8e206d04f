package org.tandem.sef;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every count the SEF writes reads as plain English for one and for two. */
class CountSentencesTest {

    @Test
    void theGapHeadlineAgreesWithEachCount() {
        assertThat(new GapHeadline(11, 1, 1, 1, 1).inWords()).isEqualTo("1 of 11 criteria has thin evidence, 1 is "
                + "heard from one voice only, 1 judged in the lower half of the scale has no linked action, and 1 "
                + "has not been reviewed in 6 months.");
        assertThat(new GapHeadline(11, 2, 2, 2, 2).inWords()).isEqualTo("2 of 11 criteria have thin evidence, 2 "
                + "are heard from one voice only, 2 judged in the lower half of the scale have no linked action, "
                + "and 2 have not been reviewed in 6 months.");
        assertThat(new GapHeadline(1, 1, 0, 0, 0).inWords()).startsWith("1 of 1 criterion has thin evidence, 0 "
                + "are heard");
    }

    @Test
    void anEditionWithoutGapsCountsItsCriteria() {
        assertThat(new GapHeadline(1, 0, 0, 0, 0).inWords()).isEqualTo("No gaps in the 1 criterion.");
        assertThat(new GapHeadline(2, 0, 0, 0, 0).inWords()).isEqualTo("No gaps in the 2 criteria.");
    }

    @Test
    void thePackSaysHowManyItemsItWithholds() {
        assertThat(withheld(1).withheldInWords())
                .isEqualTo("1 further item holds personal data; it is kept in Tandem and not listed here.");
        assertThat(withheld(2).withheldInWords())
                .isEqualTo("2 further items hold personal data; they are kept in Tandem and not listed here.");
    }

    @Test
    void countsTakeTheSingularForOneOnly() {
        assertThat(Counted.of(1, "criterion", "criteria")).isEqualTo("1 criterion");
        assertThat(Counted.of(2, "criterion", "criteria")).isEqualTo("2 criteria");
        assertThat(Counted.of(0, "criterion", "criteria")).isEqualTo("0 criteria");
    }

    private static InspectionPack.Item withheld(int count) {
        return new InspectionPack.Item("Criterion", "Secure", "Strong", "Owner", "never", List.of(), List.of(),
                List.of(), count);
    }
}
