package db.migration.h2;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/** The embedded database's twin of PostgreSQL's {@code bump_content_version()} (migrations V17 and V30). */
public class ContentVersionTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.executeUpdate("update content_version set version = version + 1, changed_at = current_timestamp,"
                    + " next_due = (select min(t) from (select min(published_at) as t from press_release where status = 'SCHEDULED'"
                    + " union all select min(ends_at) from press_release where ends_at is not null"
                    + " and status in ('SCHEDULED', 'PUBLISHED')) due) where id = 1");
        }
    }
}
