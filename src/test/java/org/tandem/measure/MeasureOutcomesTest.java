package org.tandem.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.people.SystemAuthentication;
import org.tandem.shared.ValidationProblem;
import org.tandem.strategy.PriorityDraft;
import org.tandem.strategy.StrategyService;
import org.tandem.support.PlanFixture;

/** A measure says which of its priorities' outcomes it evidences, and keeps them when an admin edits them. */
class MeasureOutcomesTest extends MeasureIntegrationTest {

    @Autowired
    StrategyService strategy;
    @Autowired
    PlanFixture plans;

    @Test
    void theLinkedOutcomeFollowsItsPriorityWhenAnAdminReordersAndRewordsTheOutcomes() {
        long priorityId = priority("Outcomes priority");
        MeasureDraft draft = given.draft("Evidence");
        draft.setPriorityIds(Set.of(priorityId));
        draft.setOutcomes(List.of(new OutcomeLink(priorityId, "Families wait less")));
        long id = given.defined(draft);

        given.as(given.board);
        assertThat(outcomesOnDashboard(id)).extracting(LinkedOutcome::statement).containsExactly("Families wait less");

        SystemAuthentication.run(() -> {
            PriorityDraft edit = strategy.editPriority(priorityId);
            edit.setOutcomesText("Families wait less time\nChildren are heard");
            strategy.updatePriority(edit);
        });
        LinkedOutcome shown = service.details(id).summary().outcomes().getFirst();
        assertThat(shown.found()).isTrue();
        assertThat(shown.statement()).isEqualTo("Families wait less time");
        assertThat(shown.words()).contains("reworded since it was linked as “Families wait less”");

        given.as(given.admin);
        MeasureDraft again = service.edit(id);
        assertThat(again.getOutcomes()).containsExactly(new OutcomeLink(priorityId, "Families wait less time"));
        service.update(again);
        assertThat(service.details(id).summary().outcomes().getFirst().linkedAs()).isNull();
        assertThat(service.history(id)).anyMatch(e -> e.changes().stream().anyMatch(c -> c.field()
                .equals("Outcomes it evidences") && c.after().equals("Families wait less time")));
    }

    @Test
    void anOutcomeOfAnotherPriorityOrOneNoLongerThereIsRefused() {
        long mine = priority("Mine");
        long other = priority("Other");
        MeasureDraft draft = given.draft("Refused");
        draft.setPriorityIds(Set.of(mine));
        draft.setOutcomes(List.of(new OutcomeLink(other, "Children are heard")));
        assertThatThrownBy(() -> given.defined(draft)).isInstanceOf(ValidationProblem.class)
                .hasMessageContaining("priorities the measure serves");
        draft.setOutcomes(List.of(new OutcomeLink(mine, "Children are seen")));
        assertThatThrownBy(() -> given.defined(draft)).isInstanceOf(ValidationProblem.class)
                .hasMessageContaining("is no longer one of");
    }

    /** A priority of the current strategy, making one current first if there is none. */
    private long priority(String title) {
        if (SystemAuthentication.call(() -> strategy.current()).isEmpty()) {
            plans.plan(unique("Measures"));
        }
        return plans.priority(unique(title));
    }

    private List<LinkedOutcome> outcomesOnDashboard(long id) {
        return service.dashboard(MeasureFilter.none()).stream().flatMap(g -> g.measures().stream())
                .filter(m -> m.id() == id).findFirst().orElseThrow().outcomes();
    }
}
