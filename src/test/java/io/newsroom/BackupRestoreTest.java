package io.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.newsroom.media.MediaLibrary;
import io.newsroom.media.TestImages;
import io.newsroom.release.model.ReleaseFixtures;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The backup and restore of the README, done for real: {@code pg_dump} of the database and a copy
 * of the media directory, an empty database (as after a drop), {@code pg_restore}, and an instance
 * started on the result that finds everything again.
 */
@IntegrationTest
class BackupRestoreTest {

    private static final List<String> TABLES = List.of("press_release", "release_revision", "media", "inquiry",
            "subscriber", "staff_account", "category", "audit_event", "flyway_schema_history");

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReleaseFixtures fixtures;

    @Autowired
    MediaLibrary library;

    @Autowired
    MutableClock clock;

    @Test
    void aDumpRestoredIntoAnEmptyDatabaseWithTheMediaCopyServesEverythingAgain(@TempDir Path backup) throws Exception {
        var database = (HikariDataSource) dataSource;
        assumeTrue(database.getJdbcUrl().startsWith("jdbc:postgresql:"), "backups are PostgreSQL's pg_dump: H2 has none");
        int server = jdbc.queryForObject("select current_setting('server_version_num')::int / 10000", Integer.class);
        assumeTrue(pgDumpMajor() >= server, "pg_dump on the PATH is older than the server");

        clock.set(TestClockConfiguration.START);
        var release = fixtures.published("backed-up", "Backed up and restored", TestClockConfiguration.START.minus(Duration.ofDays(1)));
        jdbc.update("insert into release_revision (release_id, author_name, created_at, title, summary, body, category_id)"
                + " select id, 'Editor', now(), title, summary, body, category_id from press_release where id = ?", release.getId());
        var image = library.store("lab.jpg", TestImages.jpeg(800, 600), "test");
        jdbc.update("insert into inquiry (reference, name, email, organization, topic, message, status, form_token,"
                + " created_at, updated_at) values (?, 'Jiwoo Kim', 'jiwoo@press.example', 'Korea Daily', 'OTHER',"
                + " 'Kept in the backup?', 'NEW', ?, now(), now())", "INQ-BACKUP-" + System.nanoTime() % 100000,
                "backup-" + System.nanoTime());
        jdbc.update("insert into subscriber (email, categories, status, unsubscribe_token, created_at)"
                + " values (?, '', 'CONFIRMED', ?, now())", "reader" + System.nanoTime() + "@press.example",
                "backup-" + System.nanoTime());
        var before = counts(jdbc);

        // back up, as the README says: the database with pg_dump, the media as files
        String source = libpqUri(database, null);
        run("pg_dump", "--format=custom", "--file=" + backup.resolve("newsroom.dump"), "--dbname=" + source);
        Path media = Files.createDirectories(backup.resolve("media"));
        for (var variant : image.sources()) {
            String name = variant.url().substring("/media/".length());
            Files.copy(Path.of("target/test-media", name), media.resolve(name));
        }

        // restore into an empty database
        String restored = "newsroom_restored";
        var admin = new JdbcTemplate(new DriverManagerDataSource(database.getJdbcUrl(), database.getUsername(),
                database.getPassword() == null ? "" : database.getPassword()));
        admin.execute("drop database if exists " + restored + " with (force)");
        admin.execute("create database " + restored);
        try {
            run("pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + libpqUri(database, restored),
                    backup.resolve("newsroom.dump").toString());

            String restoredUrl = database.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + restored + "$1");
            try (var instance = OtherInstance.start(restoredUrl, dataSource, "--newsroom.media.directory=" + media)) {
                int port = OtherInstance.port(instance);
                var page = get(port, "/news/backed-up");
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(new String(page.body())).contains("Backed up and restored");
                var picture = get(port, image.src(480));
                assertThat(picture.statusCode()).isEqualTo(200);
                assertThat(picture.body()).isEqualTo(Files.readAllBytes(media.resolve(image.src(480).substring(7))));
                assertThat(counts(instance.getBean(JdbcTemplate.class))).isEqualTo(before);
            }
        } finally {
            admin.execute("drop database if exists " + restored + " with (force)");
        }
    }

    private static Map<String, Long> counts(JdbcTemplate jdbc) {
        var counts = new LinkedHashMap<String, Long>();
        TABLES.forEach(table -> counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class)));
        return counts;
    }

    /** {@code postgresql://user@host:port/database}, which pg_dump and pg_restore take as --dbname. */
    private static String libpqUri(HikariDataSource database, String otherDatabase) {
        var uri = URI.create(database.getJdbcUrl().substring("jdbc:".length()));
        String name = otherDatabase != null ? otherDatabase : uri.getPath().substring(1);
        return "postgresql://" + database.getUsername() + "@" + uri.getHost() + ":" + uri.getPort() + "/" + name;
    }

    private static int pgDumpMajor() {
        try {
            var process = new ProcessBuilder("pg_dump", "--version").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes());
            process.waitFor(10, TimeUnit.SECONDS);
            var matcher = java.util.regex.Pattern.compile("(\\d+)\\.").matcher(out);
            return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
        } catch (IOException | InterruptedException absent) {
            return 0;
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        var builder = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true);
        String password = System.getenv("TEST_DATABASE_PASSWORD");
        if (password != null && !password.isEmpty()) {
            builder.environment().put("PGPASSWORD", password);
        }
        var process = builder.start();
        String out = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(command[0] + " finished").isTrue();
        assertThat(process.exitValue()).as(command[0] + " said: " + out).isZero();
    }

    private static HttpResponse<byte[]> get(int port, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
