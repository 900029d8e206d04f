package org.tandem.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import db.migration.common.V15_1__Fill_action_reference_key;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PlanFixture;

/** The migration gives the actions that were there before it the same sortable key new actions get. */
class ReferenceKeyMigrationTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    PlanFixture fixture;

    @Test
    void anActionFromBeforeTheKeyGetsItsKeyFromItsReference() throws Exception {
        long id = fixture.ownAction(fixture.plan("Keys"), "We will sort as people read",
                LocalDate.of(2031, 9, 1), LocalDate.of(2032, 3, 31));
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("update action_item set reference = ?, reference_key = '' where id = ?", "K" + id + "-2.10", id);

        try (Connection connection = dataSource.getConnection()) {
            new V15_1__Fill_action_reference_key().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    throw new UnsupportedOperationException("the migration needs only the connection");
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }

        assertThat(jdbc.queryForObject("select reference_key from action_item where id = ?", String.class, id))
                .isEqualTo(ReferenceKey.of("K" + id + "-2.10"))
                .endsWith("00000002.00000010");
    }
}
