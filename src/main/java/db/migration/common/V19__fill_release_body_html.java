package db.migration.common;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

import io.newsroom.release.Markdown;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Renders {@code body_html} of the releases written before it existed, with the app's own sanitizer. */
public class V19__fill_release_body_html extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        try (var select = connection.createStatement();
             ResultSet rows = select.executeQuery("select id, body from press_release where body_html is null");
             PreparedStatement update = connection.prepareStatement("update press_release set body_html = ? where id = ?")) {
            while (rows.next()) {
                update.setString(1, Markdown.safeHtmlOf(rows.getString(2)));
                update.setLong(2, rows.getLong(1));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
