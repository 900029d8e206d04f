package org.tandem.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database of its own on the server that {@link TestDatabase} uses, for tests whose data must neither leak
 * into other tests nor be disturbed by them (a generated large partnership, statement counts). Created anew once
 * per test run; Flyway fills in the schema when Spring starts on it.
 */
public final class OwnDatabase {

    private static final String PREFIX = "tandem_own_";

    /** tandem_own_ for the usual test database, tandem_x_own_ beside a test database named tandem_x. */
    private static String prefix() {
        String shared = TestDatabase.url().split("\\?")[0];
        String name = shared.substring(shared.lastIndexOf('/') + 1);
        return "tandem_test".equals(name) ? PREFIX : name + "_own_";
    }
    private static final Set<String> CREATED = new HashSet<>();

    private OwnDatabase() {
    }

    /** The JDBC URL of the database {@code tandem_own_<name>}, dropped and created on the first call of a run. */
    public static synchronized String url(String name) {
        String shared = TestDatabase.url();
        String server = shared.substring(0, shared.indexOf('/', "jdbc:mariadb://".length()));
        String database = prefix() + name;
        if (!CREATED.contains(database)) {
            recreate(server, database);
            CREATED.add(database);
        }
        return server + "/" + database;
    }

    /** Empties every table but Flyway's, so that a test starts from the bare schema; only on an own database. */
    public static void empty(JdbcTemplate jdbc) {
        String database = jdbc.queryForObject("select database()", String.class);
        if (database == null || !database.startsWith(prefix())) {
            throw new IllegalStateException("Refusing to empty " + database + ": only own test databases are");
        }
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = database() and table_type = 'BASE TABLE'
                  and table_name <> 'flyway_schema_history'
                """, String.class);
        jdbc.execute((Connection connection) -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set foreign_key_checks = 0");
                for (String table : tables) {
                    statement.execute("truncate table `" + table + "`");
                }
                statement.execute("set foreign_key_checks = 1");
            }
            return null;
        });
    }

    private static void recreate(String server, String database) {
        try (Connection connection = DriverManager.getConnection(server + "/", TestDatabase.user(),
                TestDatabase.password()); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database);
            statement.execute("create database " + database + " character set utf8mb4 collate utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the database " + database + " on " + server, e);
        }
    }
}
