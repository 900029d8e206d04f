package org.tandem.shared;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.util.PlaceholderResolutionException;

/**
 * When the database cannot be reached at start, says so in one clear message naming the URL (without its query,
 * which may hold a password), instead of a wall of stack traces.
 */
class DatabaseUnreachable implements FailureAnalyzer {

    private final Environment environment;

    DatabaseUnreachable(Environment environment) {
        this.environment = environment;
    }

    @Override
    public @Nullable FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PlaceholderResolutionException && cause.getMessage() != null
                    && cause.getMessage().contains("TANDEM_DB_")) {
                return new FailureAnalysis("The prod profile needs an external MariaDB, and no database is configured.",
                        "Set TANDEM_DB_URL, TANDEM_DB_USER and TANDEM_DB_PASSWORD (see config/).", failure);
            }
            if (cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLTransientConnectionException) {
                return new FailureAnalysis("Cannot reach the database at " + url() + ": " + rootMessage(cause),
                        "Check that the database server runs and that TANDEM_DB_URL, TANDEM_DB_USER and "
                                + "TANDEM_DB_PASSWORD are right.", failure);
            }
        }
        return null;
    }

    private String url() {
        String url = environment.getProperty("spring.datasource.url", "(no spring.datasource.url set)");
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
