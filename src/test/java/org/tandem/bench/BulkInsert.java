package org.tandem.bench;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * Inserts rows many at a time, as one multi-row {@code insert ... values (...), (...)} statement per chunk, which
 * MariaDB takes far faster than one statement a row. Instants are written as UTC, as Hibernate is set to. A table
 * whose rows refer to another's is told so ({@link #referring}), so that foreign keys always find their row.
 */
final class BulkInsert implements AutoCloseable {

    private static final int MAX_PARAMETERS = 20_000;
    private static final SqlParameterValue NULL = new SqlParameterValue(Types.NULL, null);

    private final JdbcTemplate jdbc;
    private final String prefix;
    private final String rowPlaceholders;
    private final int columns;
    private final int rowsPerStatement;
    private final List<Object> pending = new ArrayList<>();
    private int rows;
    private @Nullable BulkInsert parent;

    BulkInsert(JdbcTemplate jdbc, String table, String... columnNames) {
        this.jdbc = jdbc;
        this.columns = columnNames.length;
        this.prefix = "insert into " + table + " (" + String.join(", ", columnNames) + ") values ";
        this.rowPlaceholders = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        this.rowsPerStatement = Math.max(1, Math.min(1_000, MAX_PARAMETERS / columns));
    }

    /** Rows of this table refer to rows of {@code table}: those are written first. */
    BulkInsert referring(BulkInsert table) {
        this.parent = table;
        return this;
    }

    BulkInsert row(@Nullable Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException("Expected " + columns + " values, got " + values.length);
        }
        for (Object value : values) {
            pending.add(switch (value) {
                // typed, so that the driver is not asked for the parameter's type
                case null -> NULL;
                case Instant instant -> LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
                case Enum<?> constant -> constant.name();
                default -> value;
            });
        }
        if (++rows == rowsPerStatement) {
            flush();
        }
        return this;
    }

    void flush() {
        if (parent != null) {
            parent.flush();
        }
        if (rows == 0) {
            return;
        }
        jdbc.update(prefix + String.join(", ", Collections.nCopies(rows, rowPlaceholders)), pending.toArray());
        pending.clear();
        rows = 0;
    }

    @Override
    public void close() {
        flush();
    }
}
