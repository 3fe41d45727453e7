package io.newsroom.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;

import io.newsroom.IntegrationTest;
import io.newsroom.MutableClock;
import io.newsroom.TestClockConfiguration;
import io.newsroom.account.staff.StaffFixtures;
import io.newsroom.media.MediaLibrary;
import io.newsroom.media.TestImages;
import io.newsroom.release.model.ReleaseFixtures;

import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A media-kit folder that cannot be written (here a file stands where the folder should be, which
 * even root cannot write into) costs no download: the kit is streamed without being kept, and the
 * failure is counted for operators.
 */
@IntegrationTest
class MediaKitUnwritableTest {

    private static final Path NOT_A_FOLDER = Path.of("target", "media-kits-is-a-file");

    @DynamicPropertySource
    static void kitsWhereNothingCanBeWritten(DynamicPropertyRegistry registry) {
        try {
            Files.createDirectories(NOT_A_FOLDER.getParent());
            if (!Files.isRegularFile(NOT_A_FOLDER)) {
                Files.write(NOT_A_FOLDER, new byte[] {1});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("newsroom.media-kit.directory", NOT_A_FOLDER::toString);
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    StaffFixtures staff;

    @Autowired
    ReleaseFixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MediaLibrary media;

    @Autowired
    MeterRegistry meters;

    @Test
    void streamsTheKitWhenItsFolderCannotBeWritten() throws Exception {
        clock.set(TestClockConfiguration.START);
        fixtures.clear();
        var photo = media.store("Lab.jpg", TestImages.jpeg(1200, 800), "test");
        long news = jdbc.queryForObject("select id from category where slug = 'news'", Long.class);
        assertThat(mvc.post().uri("/admin/releases").with(user(staff.editor())).with(csrf()).param("title", "Streamed kit")
                .param("slug", "streamed-kit").param("categoryId", String.valueOf(news)).param("summary", "S")
                .param("body", "Text").param("heroImageId", photo.id() + "").param("heroImageAlt", "The lab")
                .param("action", "publish").exchange()).hasStatus(302);
        double before = meters.get("newsroom.media_kit.unwritable").counter().count();

        var kit = mvc.get().uri("/news/streamed-kit/media-kit.zip").exchange();

        assertThat(kit).hasStatusOk();
        assertThat(kit.getResponse().getContentType()).isEqualTo("application/zip");
        assertThat(entries(kit.getResponse().getContentAsByteArray()))
                .containsExactly("images/01-Lab.jpg", "streamed-kit.pdf", "CAPTIONS.txt");
        assertThat(meters.get("newsroom.media_kit.unwritable").counter().count()).isEqualTo(before + 1);
    }

    private static List<String> entries(byte[] zip) throws IOException {
        var names = new ArrayList<String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
