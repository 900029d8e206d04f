package org.tandem.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.tandem.bench.LargePartnership;
import org.tandem.bench.PublishedFeedback;

/**
 * The database the load test runs the production jar on: the bench generator's large partnership (12 priorities,
 * 40 workstreams, 3,000 actions, 30,000 updates, 300 people) with 400 published "you said, we did" items, every
 * person's password set to {@link #PASSWORD} (bcrypt, as a real password), and every date moved back by whole
 * weeks so that the partnership's "today" (past the current half-term's update deadline) is the real today:
 * leads have actions waiting for this half-term's update.
 */
public final class LoadData {

    public static final String PASSWORD = "a load-test passphrase for everyone";

    /** Who signs in: usernames as the generator names them. */
    public record People(List<String> leads, List<String> boardMembers, List<String> forumReps, String admin) {
    }

    private LoadData() {
    }

    public static String url(String database) {
        return "jdbc:mariadb://" + server() + "/" + database;
    }

    static String server() {
        return System.getProperty("tandem.load.db-server", "127.0.0.1:3306");
    }

    static String user() {
        return System.getProperty("tandem.load.db-user", "root");
    }

    static String password() {
        return System.getProperty("tandem.load.db-password", "");
    }

    /** Drops and makes {@code database} (named tandem_load_*), with the schema and the partnership. */
    public static People create(String database) throws SQLException {
        if (!database.matches("tandem_load_[a-z0-9_]+")) {
            throw new IllegalArgumentException("The load test's databases are named tandem_load_*: " + database);
        }
        try (Connection server = DriverManager.getConnection("jdbc:mariadb://" + server() + "/", user(),
                password())) {
            server.createStatement().execute("drop database if exists `" + database + "`");
            server.createStatement().execute("create database `" + database
                    + "` character set utf8mb4 collate utf8mb4_unicode_ci");
        }
        Flyway.configure().dataSource(url(database), user(), password())
                .locations("classpath:db/migration/common", "classpath:db/migration/mariadb").load().migrate();
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
                url(database) + "?rewriteBatchedStatements=true", user(), password(), true);
        try {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            LargePartnership.Generated partnership = LargePartnership.generate(jdbc,
                    LargePartnership.Size.LARGE);
            PublishedFeedback.generate(jdbc, partnership, 400);
            jdbc.update("update user_account set password_hash = ?",
                    "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD));
            moveDates(jdbc, partnership.today());
            return people(jdbc, partnership.admin());
        } finally {
            dataSource.destroy();
        }
    }

    /** Moves every date and time back by whole weeks (weekdays stay), so that the generated today is today. */
    private static void moveDates(JdbcTemplate jdbc, LocalDate generatedToday) {
        long weeks = ChronoUnit.WEEKS.between(LocalDate.now(), generatedToday);
        long days = weeks * 7;
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_name, column_name from information_schema.columns
                where table_schema = database() and data_type in ('date', 'datetime', 'timestamp')
                  and table_name not like 'flyway%' and lower(table_name) not like 'qrtz%'""");
        Map<String, List<String>> byTable = new java.util.LinkedHashMap<>();
        for (Map<String, Object> column : columns) {
            byTable.computeIfAbsent((String) column.get("table_name"), table -> new ArrayList<>())
                    .add((String) column.get("column_name"));
        }
        for (var table : byTable.entrySet()) {
            StringBuilder set = new StringBuilder();
            for (String column : table.getValue()) {
                set.append(set.isEmpty() ? "" : ", ").append('`').append(column).append("` = `").append(column)
                        .append("` - interval ").append(days).append(" day");
            }
            jdbc.execute("update `" + table.getKey() + "` set " + set);
        }
        long years = Math.round(days / 365.25);
        jdbc.execute("update academic_year set start_year = start_year - " + years + " order by start_year");
    }

    static People people(JdbcTemplate jdbc, String admin) {
        List<String> leads = jdbc.queryForList("""
                select u.username from user_account u join user_role r on r.user_id = u.id
                where r.role = 'WORKSTREAM_LEAD' order by u.username""", String.class);
        List<String> board = jdbc.queryForList("""
                select u.username from user_account u join user_role r on r.user_id = u.id
                where r.role = 'BOARD_MEMBER' order by u.username""", String.class);
        List<String> reps = jdbc.queryForList("""
                select u.username from user_account u join user_role r on r.user_id = u.id
                where r.role = 'FORUM_REP' order by u.username""", String.class);
        return new People(leads, board, reps, admin);
    }

    /** The route of a published "you said, we did" item, for the memory benchmark. */
    static String publishedFeedbackItem(People people) {
        String database = System.getProperty("tandem.load.database", "tandem_load_main");
        try (Connection connection = DriverManager.getConnection(url(database), user(), password());
                var result = connection.createStatement().executeQuery(
                        "select min(id) from feedback_item where published_at is not null")) {
            result.next();
            return "feedback/" + result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes the database from the command line: {@code LoadData tandem_load_main}. */
    public static void main(String[] args) throws SQLException {
        People people = create(args.length > 0 ? args[0] : "tandem_load_main");
        System.out.printf("%d leads, %d board members, %d forum reps; admin %s; password \"%s\"%n",
                people.leads().size(), people.boardMembers().size(), people.forumReps().size(), people.admin(),
                PASSWORD);
    }
}
