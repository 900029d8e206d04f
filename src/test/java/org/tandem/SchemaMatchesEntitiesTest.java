package org.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MappedSchema;

/**
 * Flyway's schema and the entities agree both ways: Hibernate's validation (ddl-auto=validate) already checks
 * that every mapped column exists with a fitting type when the context starts; this test adds that the database
 * holds no table or column the entities do not know, apart from Flyway's and Quartz's own.
 */
class SchemaMatchesEntitiesTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void everyTableAndColumnFromFlywayIsMappedAndEveryMappedOneExists() {
        Map<String, Set<String>> database = new TreeMap<>();
        new JdbcTemplate(dataSource).query("""
                select lower(table_name), lower(column_name) from information_schema.columns
                where table_schema = database()
                """, row -> {
            database.computeIfAbsent(row.getString(1), table -> new TreeSet<>()).add(row.getString(2));
        });
        database.remove("flyway_schema_history");
        database.keySet().removeIf(table -> table.startsWith("qrtz_"));

        assertThat(MappedSchema.tables()).isNotEmpty();
        assertThat(database).isEqualTo(MappedSchema.tables());
    }
}
