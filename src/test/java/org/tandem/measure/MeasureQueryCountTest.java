package org.tandem.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.tandem.people.InitialPeople;
import org.tandem.people.Role;
import org.tandem.people.UserService;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;
import org.tandem.support.SignIn;
import org.tandem.support.SqlStatements;
import org.tandem.support.SecondApplication;
import org.tandem.support.StatementCounting;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The dashboard, a measure's page and the report's section run as many SQL statements with ten times the measures
 * and ten times the values: the values, benchmarks and owners of all measures are read in one query each.
 */
// Counting statements needs an application context of its own, which must share the first one's security strategy.
@Import({StatementCounting.class, SecondApplication.Strategy.class})
@TestExecutionListeners(listeners = SecondApplication.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class MeasureQueryCountTest extends IntegrationTest {

    @Autowired
    MeasureService service;
    @Autowired
    MeasureReportPart part;
    @Autowired
    MeasureValues values;
    @Autowired
    Benchmarks benchmarks;
    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;
    @Autowired
    MutableClock clock;

    MeasureFixture given;

    @BeforeEach
    void people() {
        clock.setDate(MeasureFixture.TODAY);
        given = new MeasureFixture(people, users, service);
    }

    @AfterEach
    void realTime() {
        clock.reset();
        SignIn.out();
    }

    @Test
    void theDashboardAndAMeasurePageRunAsManyStatementsOnTenTimesTheMeasuresAndValues() {
        List<Long> first = measures(2, 4);
        SignIn.as(given.board.username(), Role.BOARD_MEMBER);
        int dashboard = SqlStatements.count(() -> service.dashboard(MeasureFilter.none())).statements();
        int page = SqlStatements.count(() -> service.details(first.getFirst())).statements();
        SignIn.out();

        System.out.printf("Measures SQL statements: dashboard %d, measure page %d%n", dashboard, page);
        List<Long> more = measures(20, 40);
        SignIn.as(given.board.username(), Role.BOARD_MEMBER);
        assertThat(SqlStatements.count(() -> service.dashboard(MeasureFilter.none())).statements())
                // 12, and 2 more when a measure (another test's) links outcomes of a priority that is not in the
                // current strategy, read in one query with its outcomes.
                .isEqualTo(dashboard).isLessThanOrEqualTo(14);
        assertThat(SqlStatements.count(() -> service.details(more.getFirst())).statements()).isEqualTo(page)
                .isLessThanOrEqualTo(10);
    }

    /** Measures with values every half-term back from Spring 1 2053/54, and a benchmark a year. */
    private List<Long> measures(int count, int valuesEach) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = given.defined(given.draft("Counted"));
            ids.add(id);
            List<MeasureValue> list = new ArrayList<>();
            Period period = MeasureFixture.SPRING_1;
            for (int v = 0; v < valuesEach; v++) {
                MeasureValue value = new MeasureValue(id, period);
                value.record(40 + v % 20, 40L + v % 20, 100L, true, "", "bench", Instant.EPOCH);
                list.add(value);
                period = Frequency.HALF_TERMLY.previous(period);
            }
            values.saveAll(list);
            Benchmark mark = new Benchmark(id, 2052);
            mark.fill(50.0, 51.0, 49.0, 45.0, "Counted", null);
            benchmarks.save(mark);
        }
        return ids;
    }
}
