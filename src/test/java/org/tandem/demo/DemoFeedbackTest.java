package org.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.tandem.feedback.FeedbackFilter;
import org.tandem.feedback.FeedbackRegister;
import org.tandem.feedback.FeedbackRow;
import org.tandem.feedback.FeedbackSeeding;
import org.tandem.feedback.FeedbackService;
import org.tandem.feedback.PublicFeedback;
import org.tandem.feedback.PublicEntry;
import org.tandem.feedback.Stage;
import org.tandem.people.OrganisationService;
import org.tandem.people.SystemAuthentication;
import org.tandem.strategy.StrategyService;

/** The demo's "you said, we did" as a newcomer finds it in late November 2026. */
@WithMockUser(username = "demo-board-member", roles = "BOARD_MEMBER")
class DemoFeedbackTest extends DemoPartnershipTest {

    @Autowired
    FeedbackSeeding seeding;
    @Autowired
    OrganisationService organisations;
    @Autowired
    StrategyService strategy;
    @Autowired
    FeedbackRegister register;
    @Autowired
    FeedbackService service;
    @Autowired
    PublicFeedback publicFeedback;

    @Test
    void aboutThirtyItemsCoverEveryStageAndSomeWaitPastTheirResponseTime() {
        List<FeedbackRow> demo = demoRows();
        assertThat(demo).hasSizeBetween(28, 32);
        Set<Stage> stages = demo.stream().map(FeedbackRow::stage).collect(Collectors.toSet());
        assertThat(stages).isEqualTo(EnumSet.allOf(Stage.class));
        assertThat(demo).filteredOn(FeedbackRow::overdue).hasSizeBetween(2, 6)
                .allSatisfy(row -> assertThat(row.stage().awaitsResponse()).isTrue());
    }

    @Test
    void everythingPublishedIsOnThePublicPageAndPassesThePersonalDataCheck() {
        Map<Stage, Long> byStage = demoRows().stream()
                .collect(Collectors.groupingBy(FeedbackRow::stage, Collectors.counting()));
        Set<String> demoWording = DemoFeedback.items().stream().map(DemoFeedback.Item::youSaid)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        List<PublicEntry> entries = publicFeedback.entries().stream()
                .filter(entry -> demoWording.contains(entry.youSaid())).toList();
        assertThat(entries).hasSize(byStage.get(Stage.PUBLISHED).intValue());
        SystemAuthentication.run(() -> assertThat(entries).allSatisfy(entry ->
                assertThat(service.findings(entry.youSaid(), entry.weDid())).isEmpty()));
    }

    @Test
    void loadingTheDemoAgainChangesNothing() {
        List<FeedbackRow> before = demoRows();
        loadModule();
        assertThat(demoRows()).isEqualTo(before);
    }

    @Override
    void loadModule() {
        new DemoFeedback(seeding, users, organisations, strategy, clock).run(NO_ARGUMENTS);
    }

    private List<FeedbackRow> demoRows() {
        Set<String> said = DemoFeedback.items().stream().map(DemoFeedback.Item::said).collect(Collectors.toSet());
        return register.list(FeedbackFilter.none(), PageRequest.of(0, 1000)).stream()
                .filter(row -> said.contains(row.whatWasSaid())).toList();
    }
}
