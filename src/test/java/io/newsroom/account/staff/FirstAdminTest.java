package io.newsroom.account.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import io.newsroom.HttpUser;
import io.newsroom.NewsroomApplication;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A newsroom with no account yet, each on its own empty embedded database. */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTest {

    @Test
    void createsTheFirstAdminFromTheEnvironment() {
        try (var app = start("first-admin-env", "--newsroom.admin.email=Boss@Example.com",
                "--newsroom.admin.password=a very private passphrase")) {
            var user = new HttpUser(port(app));

            assertThat(user.signIn("boss@example.com", "a very private passphrase").location()).isEqualTo("/admin");
            assertThat(user.get("/admin/accounts").status()).isEqualTo(200);
        }
    }

    @Test
    void printsAGeneratedPasswordOnceWhenNoneIsGiven(CapturedOutput output) {
        try (var app = start("first-admin-generated")) {
            var matcher = Pattern.compile("password: (\\S+)").matcher(output.getOut());
            assertThat(matcher.find()).as("the log shows the password").isTrue();

            var user = new HttpUser(port(app));
            assertThat(user.signIn("admin@newsroom.local", matcher.group(1)).location()).isEqualTo("/admin");
        }
    }

    @Test
    void createsTheFirstAdminThenTheDemoContentBeforeTheWebServerAnswers(CapturedOutput output) {
        var atFirstRequest = new AtomicReference<Long>();
        var builder = builder("first-admin-then-demo", "--newsroom.demo-content=true")
                .listeners((ApplicationListener<WebServerInitializedEvent>) started -> atFirstRequest.set(
                        started.getApplicationContext().getBean(JdbcTemplate.class)
                                .queryForObject("select count(*) from press_release", Long.class)));
        try (var app = builder.run(args("first-admin-then-demo", "--newsroom.demo-content=true"))) {
            int admin = output.getOut().indexOf("No staff account existed");
            int demo = output.getOut().indexOf("demo press releases into the empty newsroom");
            int serving = output.getOut().indexOf("Tomcat started on port");
            assertThat(admin).as("the first-admin box").isNotNegative();
            assertThat(demo).as("the demo content").isGreaterThan(admin);
            assertThat(serving).as("the web server starts after both").isGreaterThan(demo);
            assertThat(atFirstRequest.get()).as("releases when the first request can come").isPositive();
        }
    }

    @Test
    void refusesToStartWithACommonPassword() {
        try (var app = start("first-admin-weak", "--newsroom.admin.password=password1234")) {
            throw new AssertionError("started with a weak first password");
        } catch (RuntimeException expected) {
            assertThat(expected).hasStackTraceContaining("NEWSROOM_ADMIN_PASSWORD is not accepted");
        }
    }

    private static ConfigurableApplicationContext start(String database, String... args) {
        return builder(database, args).run(args(database, args));
    }

    private static SpringApplicationBuilder builder(String database, String... args) {
        return new SpringApplicationBuilder(NewsroomApplication.class);
    }

    private static String[] args(String database, String... args) {
        var all = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0", "--newsroom.media.directory=target/test-media",
                "--newsroom.warm-up.duration=0s",
                "--spring.datasource.url=jdbc:h2:mem:" + database + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"));
        all.addAll(List.of(args));
        if (all.stream().noneMatch(arg -> arg.startsWith("--newsroom.demo-content="))) {
            all.add("--newsroom.demo-content=false");
        }
        return all.toArray(String[]::new);
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
