package org.tandem.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Counts the SQL statements sent to the database by the current thread (a batch counts once), for tests that
 * check how many statements a service call runs. Only statements through a data source that
 * {@link StatementCounting} wraps are seen.
 */
public final class SqlStatements implements QueryExecutionListener {

    private static final ThreadLocal<List<String>> RECORDED = new ThreadLocal<>();

    /** Runs {@code call} and returns its result with the statements it ran. */
    public static <T> Counted<T> count(Supplier<T> call) {
        List<String> outer = RECORDED.get();
        List<String> statements = new ArrayList<>();
        RECORDED.set(statements);
        try {
            return new Counted<>(call.get(), List.copyOf(statements));
        } finally {
            RECORDED.set(outer);
            if (outer != null) {
                outer.addAll(statements);
            }
        }
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        // recorded once it has run
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        List<String> statements = RECORDED.get();
        if (statements != null) {
            statements.add(queries.isEmpty() ? "" : queries.getFirst().getQuery());
        }
    }

    /** A call's result and the SQL of each statement it ran, in order. */
    public record Counted<T>(T result, List<String> sql) {

        public int statements() {
            return sql.size();
        }
    }
}
