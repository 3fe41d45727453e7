package io.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionOperations;
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

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HealthContributorRegistry health;

    @Autowired
    TransactionOperations transactions;

    /**
     * The pool retires connections (after {@code max-lifetime}, 30 minutes by default), the one that
     * ran the migrations too, while others keep the database open: writes checked by the constraints
     * the migrations made must still work, and readiness must say so.
     */
    @Test
    void writesAfterThePoolRetiresTheConnectionThatRanTheMigrations() throws Exception {
        try (var held = dataSource.getConnection()) {
            ((HikariDataSource) dataSource).getHikariPoolMXBean().softEvictConnections();

            assertThat(jdbc.update("update staff_account set role = role")).isPositive();
            // in auto-commit, as an operator's console writes, and in a transaction, as the application does
            long version = jdbc.queryForObject("select version from content_version", Long.class);
            assertThat(jdbc.update("update press_release set status = status")).isPositive();
            assertThat((Integer) transactions.execute(status -> jdbc.update("update category set name = name"))).isPositive();
            assertThat(jdbc.queryForObject("select version from content_version", Long.class))
                    .as("the content trigger counted both").isEqualTo(version + 2);
            assertThat(((HealthIndicator) health.getContributor("databaseWrites")).health().getStatus())
                    .isEqualTo(Status.UP);
        }
    }

    @Test
    void searchFindsWordsWhateverTheirAccents() {
        long news = jdbc.queryForObject("select id from category where slug = 'news'", Long.class);
        transactions.executeWithoutResult(status -> jdbc.update("insert into press_release (slug, language, title, summary,"
                + " body, body_text, category_id, status, published_at, created_at, updated_at) values ('osaka-office', 'en',"
                + " 'A new office in Ōsaka', 'Near the station', 'b', 'b', ?, 'PUBLISHED', current_timestamp - interval '1' day,"
                + " current_timestamp, current_timestamp)", news));

        assertThat(mvc.get().uri("/search?q=Osaka").exchange()).hasStatusOk().bodyText().contains("A new office in Ōsaka");
    }

    @Test
    void migratesH2AndServesTheDemoNewsroom() {
        assertThat(mvc.get().uri("/").exchange()).hasStatusOk().bodyText()
                .contains("MEDICAL IP to present its 3D digital twin platform at RSNA 2024");
        assertThat(mvc.get().uri("/news/gartner-sample-vendor-six-years").exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/news?category=award&year=2023").exchange()).hasStatusOk().bodyText()
                .contains("KHF Innovation Award");
    }

    /**
     * The statements that write "only if not there yet" (INSERT ... ON CONFLICT DO NOTHING) run on
     * H2 too: list places, the suppression list, read reports and the link key.
     */
    @Test
    void writesOnlyOnceWhatIsWrittenOnlyIfAbsent() {
        transactions.executeWithoutResult(status -> {
            jdbc.update("insert into contact (email, lawful_basis, created_at, updated_at) values ('a@b.example',"
                    + " 'CONSENT', now(), now())");
            jdbc.update("insert into contact_list (name, created_at) values ('Desk', now())");
        });
        String add = "insert into contact_list_member (list_id, contact_id) select l.id, c.id from contact_list l, contact c"
                + " on conflict do nothing";
        assertThat(jdbc.update(add)).isEqualTo(1);
        assertThat(jdbc.update(add)).isZero();
        String suppress = "insert into mail_suppression (address_hash, reason, created_at) values ('ab', 'BOUNCED', now())"
                + " on conflict do nothing";
        assertThat(jdbc.update(suppress)).isEqualTo(1);
        assertThat(jdbc.update(suppress)).isZero();
        String report = "insert into mail_report (report_id, received_at) values ('<r@x>', now()) on conflict do nothing";
        assertThat(jdbc.update(report)).isEqualTo(1);
        assertThat(jdbc.update(report)).isZero();
    }
}
