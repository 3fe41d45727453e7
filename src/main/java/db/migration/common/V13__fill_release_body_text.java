package db.migration.common;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

import io.newsroom.release.Markdown;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Fills {@code body_text} of the releases written before it existed, with the app's own sanitizer. */
public class V13__fill_release_body_text extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        try (var select = connection.createStatement();
             ResultSet rows = select.executeQuery("select id, body from press_release where body_text is null");
             PreparedStatement update = connection.prepareStatement("update press_release set body_text = ? where id = ?")) {
            while (rows.next()) {
                update.setString(1, Markdown.visibleText(rows.getString(2)));
                update.setLong(2, rows.getLong(1));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
