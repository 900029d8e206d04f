package org.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.measure.MeasureFilter;
import org.tandem.measure.MeasureSeeding;
import org.tandem.measure.MeasureService;
import org.tandem.measure.MeasureSummary;
import org.tandem.people.SystemAuthentication;
import org.tandem.shared.Rag;
import org.tandem.strategy.StrategyService;

/** The demo's measures of success as a newcomer finds them in late November 2026. */
class DemoMeasuresTest extends DemoPartnershipTest {

    @Autowired
    MeasureSeeding seeding;
    @Autowired
    MeasureService measures;
    @Autowired
    StrategyService strategy;

    @Override
    void loadModule() {
        new DemoMeasures(seeding, users, strategy, clock).run(NO_ARGUMENTS);
    }

    @Test
    void twelveMeasuresWithTwoYearsOfIllustrativeValuesMarkedAsDemoDataInEveryColour() {
        List<MeasureSummary> demo = demo();
        assertThat(demo).hasSize(12).allSatisfy(m -> assertThat(m.demo()).isTrue());
        assertThat(demo).extracting(m -> m.verdict().rag()).contains(Rag.RED, Rag.GREEN, Rag.GREY);
        assertThat(demo).anyMatch(m -> m.verdict().why().contains("too few to rate"));
        MeasureSummary plans = demo.stream().filter(m -> m.name().equals("EHC plans issued within 20 weeks"))
                .findFirst().orElseThrow();
        var details = SystemAuthentication.call(() -> measures.details(plans.id()));
        assertThat(details.values()).hasSize(12);
        assertThat(details.benchmarks()).hasSize(2)
                .allSatisfy(b -> assertThat(b.source()).contains("Illustrative demo figures"));
    }

    @Test
    void loadingTheDemoAgainChangesNothing() {
        List<MeasureSummary> before = demo();
        loadModule();
        assertThat(demo()).hasSameSizeAs(before);
    }

    private List<MeasureSummary> demo() {
        Set<String> names = DemoMeasures.all().stream().map(DemoMeasures.Demo::name).collect(Collectors.toSet());
        return SystemAuthentication.call(() -> measures.dashboard(MeasureFilter.none())).stream()
                .flatMap(g -> g.measures().stream()).filter(m -> names.contains(m.name())).distinct().toList();
    }
}
