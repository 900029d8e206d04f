package org.tandem.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.shared.ValidationProblem;

/** A measure's interim targets: several, between baseline and target, in date order, each told at its row. */
class InterimTargetsTest extends MeasureIntegrationTest {

    // The fixture's baseline is Summer 2 2052/53 (ends 31 August 2053), its target 31 August 2055.
    static final LocalDate SUMMER_2054 = LocalDate.of(2054, 7, 31);
    static final LocalDate SPRING_2055 = LocalDate.of(2055, 3, 31);


    @Test
    void aMeasureKeepsSeveralInterimTargetsAndThePageListsThemInDateOrder() {
        MeasureDraft draft = given.draft("Two steps");
        draft.setInterimTargets(List.of(new InterimTarget(SUMMER_2054, 55), new InterimTarget(SPRING_2055, 70)));
        long id = given.defined(draft);
        given.as(given.board);
        MeasureDetails details = service.details(id);
        assertThat(details.interimTargets()).containsExactly("55% by 31 July 2054", "70% by 31 March 2055");
        assertThat(details.summary().chart().trajectory()).extracting(Trajectory.Point::value)
                .containsExactly(40.0, 55.0, 70.0, 80.0);
    }

    @Test
    void anInterimTargetOutOfOrderOrOutsideBaselineAndTargetIsToldAtItsRowAndNothingIsSaved() {
        long id = given.defined(given.draft("Steps"));
        given.as(given.admin);
        assertProblem(id, List.of(new InterimTarget(SPRING_2055, 70), new InterimTarget(SUMMER_2054, 55)),
                "interimTargets[1]", "Put the interim targets in date order");
        assertProblem(id, List.of(new InterimTarget(LocalDate.of(2053, 6, 1), 45)), "interimTargets[0]",
                "comes after the baseline period, which ends on 31 August 2053");
        assertProblem(id, List.of(new InterimTarget(SUMMER_2054, 55), new InterimTarget(LocalDate.of(2055, 8, 31),
                79)), "interimTargets[1]", "comes before the target date, 31 August 2055");
        assertProblem(id, List.of(new InterimTarget(SUMMER_2054, 55), new InterimTarget(SUMMER_2054, 60)),
                "interimTargets[1]", "has this date too");
        assertProblem(id, List.of(new InterimTarget(SUMMER_2054, 120)), "interimTargets[0].value",
                "from 0 to 100");
        assertThat(service.details(id).interimTargets()).isEmpty();
    }

    private void assertProblem(long id, List<InterimTarget> interims, String field, String message) {
        MeasureDraft draft = service.edit(id);
        draft.setInterimTargets(interims);
        assertThatThrownBy(() -> service.update(draft)).isInstanceOfSatisfying(ValidationProblem.class,
                problem -> {
                    assertThat(problem.field()).isEqualTo(field);
                    assertThat(problem.getMessage()).contains(message);
                });
    }
}
