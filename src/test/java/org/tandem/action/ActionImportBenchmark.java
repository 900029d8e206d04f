package org.tandem.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.tandem.people.InitialPeople;
import org.tandem.people.Person;
import org.tandem.people.UserService;
import org.tandem.shared.spreadsheet.ColumnMapping;
import org.tandem.shared.spreadsheet.SheetData;
import org.tandem.shared.spreadsheet.SpreadsheetReader;
import org.tandem.strategy.StrategyService;
import org.tandem.support.IntegrationTest;

/** A full sheet of 2,000 rows imports in under five seconds, and imports again (as updates) as fast. */
@WithMockUser(username = "import-speed", roles = "ADMIN")
class ActionImportBenchmark extends IntegrationTest {

    private static final Duration LIMIT = Duration.ofSeconds(5);

    @Autowired
    ActionImport actionImport;
    @Autowired
    ActionPlanService plan;
    @Autowired
    StrategyService strategy;
    @Autowired
    WorkstreamService workstreams;
    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;

    private final String ref = ImportFixtures.unique("S");

    @AfterEach
    void removeTheThousandsOfActionsSoThatOtherTestsSeeAnOrdinaryPlan() {
        String like = ref + "-%";
        jdbc.update("delete from action_item_aud where id in (select id from action_item where reference like ?)",
                like);
        jdbc.update("delete from action_item where reference like ?", like);
    }

    @Test
    void twoThousandRowsImportInUnderFiveSecondsAndUpdateAsFast() {
        ImportFixtures fixtures = new ImportFixtures(strategy, workstreams, people, users);
        fixtures.priority(19);
        fixtures.priority(20);
        String workstream = fixtures.workstream();
        List<Person> owners = List.of(fixtures.person(ImportFixtures.unique("Owner A ")),
                fixtures.person(ImportFixtures.unique("Owner B ")));
        SheetData sheet = sheet(workstream, owners, "On track", 40);
        ColumnMapping mapping = actionImport.suggestMapping(sheet.headers());

        long start = System.nanoTime();
        assertThat(actionImport.preview(sheet, mapping).hasErrors()).isFalse();
        Duration preview = Duration.ofNanos(System.nanoTime() - start);
        start = System.nanoTime();
        ActionImportOutcome created = actionImport.importActions(sheet, mapping);
        Duration firstImport = Duration.ofNanos(System.nanoTime() - start);

        SheetData again = sheet(workstream, owners, "At risk", 60);
        start = System.nanoTime();
        ActionImportOutcome updated = actionImport.importActions(again, mapping);
        Duration secondImport = Duration.ofNanos(System.nanoTime() - start);

        System.out.printf("2,000-row import: preview %d ms, import creating 2,000 actions %d ms, "
                + "import updating 2,000 actions %d ms%n", preview.toMillis(), firstImport.toMillis(),
                secondImport.toMillis());
        assertThat(created).isEqualTo(new ActionImportOutcome(2_000, 0));
        assertThat(updated).isEqualTo(new ActionImportOutcome(0, 2_000));
        assertThat(plan.count(ActionFilter.none().withText(ref + "-"))).isEqualTo(2_000);
        assertThat(firstImport).isLessThan(LIMIT);
        assertThat(secondImport).isLessThan(LIMIT);
    }

    private SheetData sheet(String workstream, List<Person> owners, String status, int percent) {
        StringBuilder csv = new StringBuilder("Ref,Action,Details,Priority,Workstream,Lead,Start,Due,Status,"
                + "% complete\n");
        for (int index = 1; index <= SpreadsheetReader.MAX_ROWS; index++) {
            Person owner = owners.get(index % owners.size());
            csv.append(ref).append('-').append(index).append(",Action number ").append(index)
                    .append(" of the plan,\"What we will do, in detail\",").append(19 + index % 2).append(',')
                    .append(workstream).append(',').append(index % 3 == 0 ? owner.displayName() : owner.username())
                    .append(",01/09/2025,").append(index % 28 + 1).append("/07/2026,").append(status).append(',')
                    .append(percent).append('\n');
        }
        return ActionImportTest.csv(csv.toString());
    }
}
