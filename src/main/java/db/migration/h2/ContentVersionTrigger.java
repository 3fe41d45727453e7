package db.migration.h2;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;
import org.h2.jdbc.JdbcConnection;

/** The embedded database's twin of PostgreSQL's {@code bump_content_version()} (migrations V17 and V30). */
public class ContentVersionTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        // H2 2.5 lets no statement commit inside a trigger, and a statement on an auto-commit session
        // would: this update is part of the statement that fired it, which commits (or not) for both.
        // The session's own switch, since the connection's would commit when it is turned back on.
        var session = connection.unwrap(JdbcConnection.class).getSession();
        boolean autoCommit = session.getAutoCommit();
        session.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
            statement.executeUpdate("update content_version set version = version + 1, changed_at = current_timestamp,"
                    + " next_due = (select min(t) from (select min(published_at) as t from press_release where status = 'SCHEDULED'"
                    + " union all select min(ends_at) from press_release where ends_at is not null"
                    + " and status in ('SCHEDULED', 'PUBLISHED')) due) where id = 1");
        } finally {
            session.setAutoCommit(autoCommit);
        }
    }
}
