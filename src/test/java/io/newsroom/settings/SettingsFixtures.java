package io.newsroom.settings;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Puts the site settings back to the properties' defaults, cache included. */
@Component
public class SettingsFixtures {

    private final JdbcTemplate jdbc;
    private final SettingsLookup settings;

    SettingsFixtures(JdbcTemplate jdbc, SettingsLookup settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    public void reset() {
        jdbc.update("delete from site_settings");
        settings.forget();
    }
}
