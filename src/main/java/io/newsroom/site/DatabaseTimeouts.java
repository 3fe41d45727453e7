package io.newsroom.site;

import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Short waits everywhere a request meets PostgreSQL, so that a database that is down, unreachable,
 * locked or overloaded costs a visitor a few seconds and a 503, never half a minute: the pool's
 * wait for a connection ({@code spring.datasource.hikari.connection-timeout}), and on PostgreSQL
 * a statement timeout, a lock timeout and connect and socket timeouts. Migrations at start-up may
 * take as long as they need.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseTimeouts.Timeouts.class)
class DatabaseTimeouts {

    /**
     * @param statementTimeout longest a single statement may run
     * @param lockTimeout      longest a statement waits for a lock another transaction holds
     * @param socketTimeout    longest the driver waits for an answer from the server at all
     */
    @ConfigurationProperties("newsroom.database")
    record Timeouts(@DefaultValue("PT5S") Duration statementTimeout, @DefaultValue("PT2S") Duration lockTimeout,
                    @DefaultValue("PT15S") Duration socketTimeout) {
    }

    @Bean
    static BeanPostProcessor postgresTimeouts(ObjectProvider<Timeouts> timeouts) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof HikariDataSource pool && isPostgres(pool.getJdbcUrl())) {
                    var t = timeouts.getObject();
                    pool.addDataSourceProperty("options", "-c statement_timeout=" + t.statementTimeout().toMillis()
                            + " -c lock_timeout=" + t.lockTimeout().toMillis());
                    pool.addDataSourceProperty("connectTimeout", "3");
                    pool.addDataSourceProperty("socketTimeout", String.valueOf(t.socketTimeout().toSeconds()));
                }
                return bean;
            }
        };
    }

    @Bean
    FlywayConfigurationCustomizer migrationsTakeTheirTime() {
        return configuration -> {
            if (configuration.getDataSource() instanceof HikariDataSource pool && isPostgres(pool.getJdbcUrl())) {
                configuration.initSql("set statement_timeout = 0; set lock_timeout = '5min'");
            }
        };
    }

    /** The migrations' connections lifted the timeouts; none of them serves a request afterwards. */
    @Bean
    FlywayMigrationStrategy migrateThenRenewConnections(DataSource dataSource) {
        return flyway -> {
            flyway.migrate();
            // only where the timeouts were lifted; H2 ties constraints to the session that made them
            if (dataSource instanceof HikariDataSource pool && isPostgres(pool.getJdbcUrl())
                    && pool.getHikariPoolMXBean() != null) {
                pool.getHikariPoolMXBean().softEvictConnections();
            }
        };
    }

    private static boolean isPostgres(String url) {
        return url != null && url.startsWith("jdbc:postgresql:");
    }
}
