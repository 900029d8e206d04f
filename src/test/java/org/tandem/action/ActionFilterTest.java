package org.tandem.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.shared.Rag;

class ActionFilterTest {

    @Test
    void aFilterSurvivesTheTripThroughTheUrl() {
        ActionFilter filter = ActionFilter.none().withPriority(3L).withWorkstream(7L).withOwner(11L)
                .withStatus(ActionStatus.AT_RISK).withRag(Rag.AMBER).withOverdue(true).withUpdateOverdue(true)
                .withText("transport");
        assertThat(ActionFilter.fromQuery(filter.toQuery())).isEqualTo(filter);
        assertThat(ActionFilter.fromQuery(ActionFilter.none().toQuery())).isEqualTo(ActionFilter.none());
    }

    @Test
    void oddOrHugeParametersAreIgnoredOrCut() {
        ActionFilter filter = ActionFilter.fromQuery(Map.of("priority", List.of("1; drop table"),
                "status", List.of("<script>"), "rag", List.of("PURPLE"), "q", List.of("x".repeat(5000)),
                "overdue", List.of("yes")));
        assertThat(filter.priorityId()).isNull();
        assertThat(filter.status()).isNull();
        assertThat(filter.rag()).isNull();
        assertThat(filter.overdue()).isFalse();
        assertThat(filter.text()).hasSize(ActionFilter.TEXT_LENGTH);
    }
}
