package org.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.tandem.action.ActionPlanService;
import org.tandem.feedback.ActivityRow;
import org.tandem.feedback.CoProductionService;
import org.tandem.feedback.FeedbackRegister;
import org.tandem.feedback.SignatoryRow;
import org.tandem.people.InitialPeople;
import org.tandem.people.OrganisationService;
import org.tandem.people.OrganisationSummary;
import org.tandem.people.SystemAuthentication;
import org.tandem.support.IntegrationTest;

/** The demo's co-production records load once, however often the application starts. */
class DemoCoProductionTest extends IntegrationTest {

    @Autowired
    CoProductionService service;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ActionPlanService plan;
    @Autowired
    FeedbackRegister register;
    @Autowired
    InitialPeople people;
    @Autowired
    Clock clock;

    @Test
    void thePledgeFourSignatoriesAndFiveActivitiesLoadOnceEvenWhenTheRunnerRunsTwice() {
        Set<String> existing = SystemAuthentication.call(() -> organisations.list().stream()
                .map(OrganisationSummary::name).collect(Collectors.toSet()));
        for (DemoCoProduction.Signatory signatory : DemoCoProduction.signatories()) {
            if (!existing.contains(signatory.organisation().displayName())) {
                people.organisation(signatory.organisation().displayName(), signatory.organisation().kind());
            }
        }
        DemoCoProduction demo = new DemoCoProduction(service, organisations, plan, register, clock);

        demo.run(null);
        demo.run(null);

        SystemAuthentication.run(() -> {
            assertThat(service.pledge().text()).isNotBlank();
            List<String> signed = service.signatories().stream().map(SignatoryRow::organisation).toList();
            for (DemoCoProduction.Signatory signatory : DemoCoProduction.signatories()) {
                assertThat(signed).containsOnlyOnce(signatory.organisation().displayName());
            }
            List<String> titles = service.activities(PageRequest.of(0, 500)).stream().map(ActivityRow::title)
                    .toList();
            for (DemoCoProduction.Activity activity : DemoCoProduction.activities()) {
                assertThat(titles).containsOnlyOnce(activity.title());
            }
        });
    }
}
