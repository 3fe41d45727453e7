package io.newsroom.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * On the embedded database (the laptop default, the same context as {@code EmbeddedDatabaseTest}),
 * which has no {@code ON CONFLICT ... DO UPDATE}: counts are merged, and add up write after write.
 */
@SpringBootTest(properties = {
        "newsroom.media.directory=target/test-media",
        "spring.datasource.url=jdbc:h2:mem:embedded-default;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@AutoConfigureMockMvc
class EmbeddedDatabaseCountingTest {

    private static final String CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/131.0.0.0 Safari/537.36";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CountWriter writer;

    @Test
    void countsAddUpWriteAfterWrite() {
        writer.flush();
        jdbc.update("delete from analytics_count");
        jdbc.update("delete from analytics_visitor");
        for (int round = 0; round < 2; round++) {
            mvc.get().uri("/news").header("User-Agent", CHROME).header("Accept-Language", "ko").exchange();
            mvc.get().uri("/news").header("User-Agent", CHROME).header("Accept-Language", "ko").exchange();
            writer.flush();
        }

        assertThat(jdbc.queryForObject("select sum(hits) from analytics_count where kind = 'view' and slug = ''"
                + " and dimension = 'total'", Long.class)).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from analytics_visitor where slug = ''", Long.class)).isEqualTo(1);
    }
}
