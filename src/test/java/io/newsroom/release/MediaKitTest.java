package io.newsroom.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipInputStream;

import io.newsroom.Html;
import io.newsroom.NewsroomTest;
import io.newsroom.TestClockConfiguration;
import io.newsroom.account.Staff;
import io.newsroom.media.Image;
import io.newsroom.media.MediaLibrary;
import io.newsroom.media.TestImages;

import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Media kits: a public release's images as uploaded, its PDF and a captions file in one ZIP, written
 * once per version of the release, bounded in size; nothing of a draft.
 */
class MediaKitTest extends NewsroomTest {

    private static final byte[] PHOTO = TestImages.jpeg(2400, 1600);
    private static final byte[] CHART = TestImages.png(1200, 800);
    private static final byte[] HUGE = TestImages.jpeg(3000, 2000);

    /** Room for the photo and the chart, not for a third image. */
    @DynamicPropertySource
    static void kitSize(DynamicPropertyRegistry registry) {
        registry.add("newsroom.media-kit.max-size", () -> (PHOTO.length + CHART.length + 100) + "B");
        registry.add("newsroom.media-kit.directory", () -> "target/test-media-kits");
    }

    @Autowired
    MediaLibrary media;

    @Autowired
    MeterRegistry meters;

    @LocalServerPort
    int port;

    private Staff editor;
    private long news;
    private Image photo;
    private Image chart;

    @BeforeEach
    void aReleaseWithAPhotoAndAChart() throws Exception {
        editor = staff.editor();
        news = jdbc.queryForObject("select id from category where slug = 'news'", Long.class);
        photo = media.store("Signing ceremony.jpg", PHOTO, "test");
        chart = media.store("growth-chart.png", CHART, "test");
        mvc.post().uri("/admin/media/" + photo.id() + "/description").with(user(editor)).with(csrf())
                .param("caption", "The CEOs sign the MOU in Seoul").param("credit", "MEDICAL IP / Lee Ji-eun")
                .param("alt", "Library alt").exchange();
        media.describe(chart.id(), "Revenue 2020–2025", null, null);
    }

    @Test
    void theKitHoldsTheOriginalBytesThePdfAndACaptionsFile() throws Exception {
        publish("Signing day", "signing-day", photo.id() + "", "![Revenue grew fourfold](" + chart.src(960) + ")");

        var kit = download("/news/signing-day/media-kit.zip");
        assertThat(kit.getResponse().getContentType()).isEqualTo("application/zip");
        assertThat(kit.getResponse().getHeader("Content-Disposition")).contains("signing-day-media-kit.zip");
        var entries = unzip(kit.getResponse().getContentAsByteArray());

        assertThat(entries.keySet()).containsExactly("images/01-Signing-ceremony.jpg", "images/02-growth-chart.png",
                "signing-day.pdf", "CAPTIONS.txt");
        assertThat(entries.get("images/01-Signing-ceremony.jpg")).isEqualTo(PHOTO);
        assertThat(entries.get("images/02-growth-chart.png")).isEqualTo(CHART);
        assertThat(new String(entries.get("signing-day.pdf"), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String captions = new String(entries.get("CAPTIONS.txt"), StandardCharsets.UTF_8);
        assertThat(captions).contains("Signing day", "http://localhost:8080/news/signing-day",
                "01-Signing-ceremony.jpg (2400 × 1600)", "Caption: The CEOs sign the MOU in Seoul",
                "Credit: MEDICAL IP / Lee Ji-eun", "Text alternative: Two people sign at a table",
                "02-growth-chart.png (1200 × 800)", "Caption: Revenue 2020–2025",
                "Text alternative: Revenue grew fourfold", "Media contact: PR Team, MEDICAL IP");

        var page = Html.of(mvc.get().uri("/news/signing-day").exchange());
        assertThat(page.select(".media-kit a[href$=media-kit.zip]")).hasSize(1);
        assertThat(page.select(".media-kit li")).hasSize(2);
        assertThat(page.select(".media-kit li").first().text()).contains("The CEOs sign the MOU in Seoul",
                "Credit: MEDICAL IP / Lee Ji-eun", "Original image, 2,400 × 1,600 pixels");
        String original = page.select(".media-kit li a").first().attr("href");
        assertThat(mvc.get().uri(original).exchange().getResponse().getContentAsByteArray()).isEqualTo(PHOTO);
    }

    @Test
    void aKoreanReleasesKitSpeaksKoreanToJournalists() throws Exception {
        fixtures.publishedIn(Locale.KOREAN, "hanguk-bodojaryo", "한국어 보도자료", "요약",
                "![매출이 네 배로 늘었습니다](" + chart.src(960) + ")", TestClockConfiguration.START.minusSeconds(60));

        var entries = unzip(download("/ko/news/hanguk-bodojaryo/media-kit.zip").getResponse().getContentAsByteArray());
        String captions = new String(entries.get("CAPTIONS.txt"), StandardCharsets.UTF_8);

        assertThat(captions).contains("한국어 보도자료", "설명: Revenue 2020–2025", "대체 텍스트: 매출이 네 배로 늘었습니다",
                "미디어 담당자: ").doesNotContain("Caption", "Text alternative", "Media contact");
    }

    @Test
    void theKitIsWrittenOnceAndAgainOnlyWhenTheReleaseChanges() throws Exception {
        long id = publish("Built once", "built-once", photo.id() + "", "Text");
        double before = builds();

        byte[] first = download("/news/built-once/media-kit.zip").getResponse().getContentAsByteArray();
        byte[] second = download("/news/built-once/media-kit.zip").getResponse().getContentAsByteArray();
        assertThat(second).isEqualTo(first);
        assertThat(builds()).isEqualTo(before + 1);

        media.describe(photo.id(), "A new caption", "MEDICAL IP", null);
        var changed = unzip(download("/news/built-once/media-kit.zip").getResponse().getContentAsByteArray());
        assertThat(new String(changed.get("CAPTIONS.txt"), StandardCharsets.UTF_8)).contains("Caption: A new caption");
        assertThat(builds()).isEqualTo(before + 2);

        long version = jdbc.queryForObject("select version from press_release where id = ?", Long.class, id);
        assertThat(mvc.post().uri("/admin/releases/" + id).with(user(editor)).with(csrf()).param("title", "Built twice")
                .param("slug", "built-once").param("categoryId", String.valueOf(news)).param("summary", "S")
                .param("body", "Text").param("heroImageId", photo.id() + "").param("heroImageAlt", "Alt")
                .param("version", String.valueOf(version)).param("action", "save").exchange()).hasStatus(302);
        var renamed = unzip(download("/news/built-once/media-kit.zip").getResponse().getContentAsByteArray());
        assertThat(new String(renamed.get("CAPTIONS.txt"), StandardCharsets.UTF_8)).startsWith("Built twice");
        assertThat(builds()).isEqualTo(before + 3);
    }

    @Test
    void imagesBeyondTheSizeLimitAreListedByAddressInstead() throws Exception {
        var huge = media.store("poster.jpg", HUGE, "test");
        publish("Big kit", "big-kit", photo.id() + "", "![Chart](" + chart.src(960) + ")\n\n![Poster](" + huge.src(960) + ")");

        var entries = unzip(download("/news/big-kit/media-kit.zip").getResponse().getContentAsByteArray());

        assertThat(entries).containsKeys("images/01-Signing-ceremony.jpg", "images/02-growth-chart.png")
                .doesNotContainKey("images/03-poster.jpg");
        assertThat(new String(entries.get("CAPTIONS.txt"), StandardCharsets.UTF_8))
                .contains("Not in this kit", "03-poster.jpg: http://localhost:8080" + huge.original().url());
    }

    @Test
    void aDraftsKitIsNotFoundAndAnEndedOnesIsGone() {
        var draft = fixtures.savedDraft("still-a-draft", "Still a draft");
        jdbc.update("update press_release set hero_media_id = ?, hero_image_alt = 'A' where id = ?", photo.id(), draft.getId());

        assertThat(mvc.get().uri("/news/still-a-draft/media-kit.zip").exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/news/no-such-release/media-kit.zip").exchange()).hasStatus(404);

        jdbc.update("update press_release set status = 'ENDED', published_at = ? where id = ?",
                Timestamp.from(TestClockConfiguration.START.minusSeconds(3600)), draft.getId());
        assertThat(mvc.get().uri("/news/still-a-draft/media-kit.zip").exchange()).hasStatus(410);
    }

    @Test
    void simultaneousDownloadsOfANewKitWriteItOnce() throws Exception {
        publish("Many at once", "many-at-once", photo.id() + "", "![Chart](" + chart.src(960) + ")");
        double before = builds();
        var client = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/news/many-at-once/media-kit.zip")).build();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(6);
        var downloads = new ArrayList<Future<HttpResponse<byte[]>>>();
        for (int i = 0; i < 6; i++) {
            downloads.add(pool.submit(() -> {
                start.await();
                return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            }));
        }
        start.countDown();
        for (var download : downloads) {
            var response = download.get(60, TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(unzip(response.body())).containsKeys("images/01-Signing-ceremony.jpg", "CAPTIONS.txt");
        }
        pool.shutdown();

        assertThat(builds()).as("one kit written for six downloads").isEqualTo(before + 1);
    }

    private long publish(String title, String slug, String heroId, String body) {
        var result = mvc.post().uri("/admin/releases").with(user(editor)).with(csrf()).param("title", title)
                .param("slug", slug).param("categoryId", String.valueOf(news)).param("summary", "A summary")
                .param("body", body).param("heroImageId", heroId).param("heroImageAlt", "Two people sign at a table")
                .param("action", "publish").exchange();
        assertThat(result).hasStatus(302);
        String url = result.getResponse().getRedirectedUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    private MvcTestResult download(String path) {
        var result = mvc.get().uri(path).exchange();
        assertThat(result).hasStatusOk();
        return result;
    }

    private double builds() {
        return meters.get("newsroom.media_kit.builds").counter().count();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        var entries = new LinkedHashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
