package io.newsroom.account.signin;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import io.newsroom.HttpUser;
import io.newsroom.IntegrationTest;
import io.newsroom.MutableClock;
import io.newsroom.NewsroomApplication;
import io.newsroom.TestClockConfiguration;
import io.newsroom.account.model.StaffAccount;
import io.newsroom.account.staff.StaffFixtures;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** A lock is in the database: an instance started afresh (a restart) still refuses the account. */
@IntegrationTest
class LockoutRestartTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffFixtures staff;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    MutableClock clock;

    @Autowired
    DataSource dataSource;

    @Test
    void aLockedAccountStaysLockedAfterARestart() {
        clock.set(TestClockConfiguration.START);
        throttle.forgetAll();
        var editor = staff.editor();
        for (int i = 0; i < StaffAccount.FAILURES_BEFORE_LOCK; i++) {
            new HttpUser(port).signIn(editor.email(), "wrong " + i);
        }

        var database = (HikariDataSource) dataSource;
        try (var restarted = new SpringApplicationBuilder(NewsroomApplication.class, TestClockConfiguration.class)
                .run("--server.port=0", "--management.server.port=0", "--newsroom.demo-content=false", "--newsroom.media.directory=target/test-media",
                        "--newsroom.warm-up.duration=0s",
                        "--spring.datasource.url=" + database.getJdbcUrl(),
                        "--spring.datasource.username=" + database.getUsername(),
                        "--spring.datasource.password=" + (database.getPassword() == null ? "" : database.getPassword()))) {
            int restartedPort = ((WebServerApplicationContext) restarted).getWebServer().getPort();

            assertThat(restarted.getEnvironment().getProperty("spring.datasource.url")).isEqualTo(database.getJdbcUrl());

            var response = new HttpUser(restartedPort).signIn(editor.email(), StaffFixtures.PASSWORD);

            assertThat(response.location()).isEqualTo("/admin/login?error");
        }
    }
}
