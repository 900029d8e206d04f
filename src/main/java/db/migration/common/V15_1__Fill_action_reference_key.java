package db.migration.common;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.tandem.action.ReferenceKey;

/**
 * Fills the sortable reference key (V15) of the actions that were there before it. In Java, not SQL, because
 * the key splits a reference into runs of digits and letters, which H2 and MariaDB would each need their own
 * regular expressions for; and so that it is the very rule new actions get.
 */
public class V15_1__Fill_action_reference_key extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement select = context.getConnection().createStatement();
                ResultSet rows = select.executeQuery("select id, reference from action_item");
                PreparedStatement update = context.getConnection()
                        .prepareStatement("update action_item set reference_key = ? where id = ?")) {
            while (rows.next()) {
                update.setString(1, ReferenceKey.of(rows.getString(2)));
                update.setLong(2, rows.getLong(1));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
