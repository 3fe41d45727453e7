package io.newsroom;

import io.newsroom.account.staff.StaffFixtures;
import io.newsroom.release.model.ReleaseFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * What most integration tests share, once: the whole app ({@link IntegrationTest}), the fixtures
 * for releases and staff, the clock the tests control, and a fresh start before each test, at
 * {@link TestClockConfiguration#START} in a newsroom without releases and without remembered
 * failed sign-ins. A test's own {@code @BeforeEach} runs after this one and builds on it.
 */
@IntegrationTest
public abstract class NewsroomTest {

    @Autowired
    protected MockMvcTester mvc;

    @Autowired
    protected ReleaseFixtures fixtures;

    @Autowired
    protected StaffFixtures staff;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected JdbcTemplate jdbc;

    @BeforeEach
    void freshNewsroom() {
        clock.set(TestClockConfiguration.START);
        fixtures.clear();
        staff.forgetFailedSignIns();
    }
}
