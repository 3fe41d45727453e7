package io.newsroom;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on the test database ({@link TestDatabase}), with a clock tests control
 * and without demo content, driven through MockMvc.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "newsroom.demo-content=false",
        "newsroom.media.directory=target/test-media",
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=" + IntegrationTest.SMTP_PORT,
        "newsroom.mail.poll-interval=PT0.2S",
        "spring.mail.properties.mail.smtp.timeout=2000",
        // tests render pages on their own: no warm-up before each context is ready
        "newsroom.warm-up.duration=0s",
        "newsroom.mail.send-deadline=PT4S",
        "newsroom.scheduler-interval=PT1H",
        "newsroom.page-cache.check-interval=PT0S",
        "management.server.port=0",
        "newsroom.mail.shutdown-wait=PT1S",
        "newsroom.webhooks.poll-interval=PT0.2S",
        "newsroom.webhooks.allowed-networks=127.0.0.0/8",
        "newsroom.media.fetch-allowed-networks=127.0.0.0/8",
        "newsroom.analytics.enabled=false",
        "newsroom.campaigns.postal-address=MEDICAL IP, 15 Seoul-ro, Seoul 03000, Korea",
        "newsroom.campaigns.rate-per-minute=600",
        "newsroom.campaigns.dispatch-interval=PT0.2S",
        // the suite keeps several contexts alive at once: each holds one idle connection, not ten,
        // so that together they stay well under PostgreSQL's 100 and an instance started by a test
        // can still connect
        "spring.datasource.hikari.minimum-idle=1",
        "spring.datasource.hikari.idle-timeout=10000",
        "spring.jpa.properties.hibernate.session_factory.statement_inspector=io.newsroom.StatementCounter"})
@AutoConfigureMockMvc
@Import({TestDatabase.class, TestClockConfiguration.class})
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
public @interface IntegrationTest {

    /** Where GreenMail listens when a test starts it; nothing listens there otherwise. */
    int SMTP_PORT = 3925;
}
