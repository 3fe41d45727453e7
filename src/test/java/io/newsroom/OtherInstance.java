package io.newsroom;

import java.util.LinkedHashMap;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Another instance of the app in this JVM, as a second node behind a load balancer would be: its
 * own memory, its own ports, the test clock, no demo content and no background work of its own
 * unless the arguments ask for it.
 */
public final class OtherInstance {

    private OtherInstance() {
    }

    /** On the same database as the test context's {@code dataSource}. */
    public static ConfigurableApplicationContext start(DataSource dataSource, String... arguments) {
        var database = (HikariDataSource) dataSource;
        return start(database.getJdbcUrl(), database, arguments);
    }

    /** On another database of the same server, as the test context's user; arguments override the defaults. */
    public static ConfigurableApplicationContext start(String jdbcUrl, DataSource dataSource, String... arguments) {
        var database = (HikariDataSource) dataSource;
        var all = new LinkedHashMap<String, String>();
        all.put("server.port", "0");
        all.put("management.server.port", "0");
        all.put("newsroom.warm-up.duration", "0s");
        all.put("newsroom.demo-content", "false");
        all.put("newsroom.scheduler-interval", "PT1H");
        all.put("newsroom.mail.poll-interval", "PT1H");
        all.put("newsroom.media.directory", "target/test-media");
        all.put("spring.datasource.url", jdbcUrl);
        all.put("spring.datasource.username", database.getUsername());
        all.put("spring.datasource.password", database.getPassword() == null ? "" : database.getPassword());
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            all.put(argument.substring(2, equals), argument.substring(equals + 1));
        }
        return new SpringApplicationBuilder(NewsroomApplication.class, TestClockConfiguration.class)
                .run(all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    public static int port(ConfigurableApplicationContext instance) {
        return ((WebServerApplicationContext) instance).getWebServer().getPort();
    }
}
