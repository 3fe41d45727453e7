package io.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The embedded default, whatever database the other tests use: the same migrations run on H2 in
 * PostgreSQL mode, and with {@code newsroom.demo-content} unset the demo newsroom appears.
 */
@SpringBootTest(properties = {
        "newsroom.media.directory=target/test-media",
        "spring.datasource.url=jdbc:h2:mem:embedded-default;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@AutoConfigureMockMvc
class EmbeddedDatabaseTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void migratesH2AndServesTheDemoNewsroom() {
        assertThat(mvc.get().uri("/").exchange()).hasStatusOk().bodyText()
                .contains("MEDICAL IP to present its 3D digital twin platform at RSNA 2024");
        assertThat(mvc.get().uri("/news/gartner-sample-vendor-six-years").exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/news?category=award&year=2023").exchange()).hasStatusOk().bodyText()
                .contains("KHF Innovation Award");
    }
}
