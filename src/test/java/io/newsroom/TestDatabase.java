package io.newsroom;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The database integration tests run on, in this order: the PostgreSQL named by
 * {@code TEST_DATABASE_URL} (CI sets it), else a Testcontainers PostgreSQL where Docker works,
 * else an in-memory H2 in PostgreSQL mode. Under {@code CI=true} the H2 fallback is refused: CI
 * must test on PostgreSQL. The choice is printed once per run.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

    enum Source { ENVIRONMENT, TESTCONTAINERS, EMBEDDED_H2 }

    static final Source SOURCE = detect();

    private static final AtomicBoolean announced = new AtomicBoolean();

    @Bean
    @ServiceConnection
    @Conditional(UsesTestcontainers.class)
    PostgreSQLContainer postgres() {
        return new PostgreSQLContainer("postgres:17-alpine");
    }

    @Bean
    ApplicationListener<ContextRefreshedEvent> announceTestDatabase(DataSource dataSource) {
        return event -> {
            if (announced.compareAndSet(false, true)) {
                try (var connection = dataSource.getConnection()) {
                    var meta = connection.getMetaData();
                    boolean expected = switch (SOURCE) {
                        case ENVIRONMENT -> meta.getURL().startsWith(System.getenv("TEST_DATABASE_URL"));
                        case TESTCONTAINERS -> meta.getDatabaseProductName().equals("PostgreSQL");
                        case EMBEDDED_H2 -> meta.getURL().startsWith("jdbc:h2:mem:");
                    };
                    if (!expected) {
                        throw new IllegalStateException("Tests were to run on " + SOURCE + " but got " + meta.getURL());
                    }
                    System.out.printf("%n*** Integration tests run on %s %s (%s, %s) ***%n%n",
                            meta.getDatabaseProductName(), meta.getDatabaseProductVersion(), SOURCE, meta.getURL());
                } catch (SQLException e) {
                    throw new IllegalStateException("The test database does not answer", e);
                }
            }
        };
    }

    private static Source detect() {
        if (!env("TEST_DATABASE_URL", "").isBlank()) {
            return Source.ENVIRONMENT;
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return Source.TESTCONTAINERS;
        }
        if ("true".equalsIgnoreCase(env("CI", ""))) {
            throw new IllegalStateException("CI=true but neither TEST_DATABASE_URL nor Docker is available:"
                    + " CI must test on PostgreSQL, not on the embedded fallback");
        }
        return Source.EMBEDDED_H2;
    }

    /**
     * Points the context at the chosen database before anything is created: the web server starts
     * during refresh, and its security filters already need the database.
     */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            var properties = new HashMap<String, Object>();
            switch (SOURCE) {
                case ENVIRONMENT -> {
                    properties.put("spring.datasource.url", System.getenv("TEST_DATABASE_URL"));
                    properties.put("spring.datasource.username", env("TEST_DATABASE_USERNAME", "postgres"));
                    properties.put("spring.datasource.password", env("TEST_DATABASE_PASSWORD", ""));
                }
                case EMBEDDED_H2 -> {
                    properties.put("spring.datasource.url", "jdbc:h2:mem:newsroom-test;MODE=PostgreSQL;"
                            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
                    properties.put("spring.datasource.username", "sa");
                    properties.put("spring.datasource.password", "");
                }
                case TESTCONTAINERS -> {
                    // @ServiceConnection supplies the connection
                }
            }
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    static class UsesTestcontainers implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return SOURCE == Source.TESTCONTAINERS;
        }
    }
}
