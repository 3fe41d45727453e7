package io.newsroom.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import io.newsroom.HttpUser;
import io.newsroom.NewsroomTest;
import io.newsroom.TestClockConfiguration;
import io.newsroom.account.staff.StaffFixtures;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bringing a WordPress newsroom over, as staff do it in the browser: upload a WordPress 6 export
 * and a ZIP of its media, read the preview, import, read the report; then the old addresses lead to
 * the new pages, and what WordPress allowed but the newsroom does not (scripts, frames, shortcodes)
 * is gone or turned into something sensible.
 */
class WordPressImportTest extends NewsroomTest {

    @LocalServerPort
    int port;

    private HttpUser editor;

    @BeforeEach
    void anEditor() {
        jdbc.update("delete from wordpress_import");
        jdbc.update("delete from category where slug in ('awards-honours', 'partnerships')");
        editor = new HttpUser(port);
        editor.signIn(staff.editor().email(), StaffFixtures.PASSWORD);
    }

    @AfterEach
    void noTrigger() {
        jdbc.execute("drop trigger if exists refuse_boston on press_release");
    }

    @Test
    void importsAWordPressExportWithItsImagesAndSendsTheOldAddressesToTheNewPages() throws Exception {
        fixtures.published("a-new-lab-in-boston", "An earlier Boston release", TestClockConfiguration.START.minusSeconds(86400));
        jdbc.update("delete from webhook_endpoint");
        jdbc.update("insert into webhook_endpoint (url, description, events, personal_data, secret, created_at, created_by)"
                + " values ('https://203.0.113.20/hook', '', 'RELEASE_PUBLISHED', false, 'whsec_AAAA', now(), 'test')");

        var uploaded = editor.uploadFiles("/admin/import", "/admin/import", List.of(
                new HttpUser.Part("export", "medicalip.WordPress.2024-01-10.xml", "text/xml", export()),
                new HttpUser.Part("media", "uploads.zip", "application/zip", media())));
        assertThat(uploaded.status()).isEqualTo(302);
        String previewPage = uploaded.location();
        var preview = editor.get(previewPage).html();
        assertThat(preview.selectFirst("#count-posts").text()).isEqualTo("6");
        assertThat(preview.selectFirst("#count-importable").text()).as("the trashed one is left out").isEqualTo("5");
        assertThat(preview.selectFirst("#count-authors").text()).isEqualTo("2");
        assertThat(preview.selectFirst("#count-categories").text()).isEqualTo("4");
        assertThat(preview.selectFirst("#count-images").text()).startsWith("3 used by the posts, 3 of them found in uploads.zip");
        assertThat(preview.selectFirst("#count-other").text()).contains("page: 1", "wp_navigation: 1");
        assertThat(preview.selectFirst("#count-clashes").text()).isEqualTo("1");
        assertThat(preview.select("#category-mou option[selected]").val()).as("same name").isEqualTo("mou");
        assertThat(preview.select("#category-uncategorized option[selected]").val()).isEqualTo("news");
        assertThat(preview.select("#category-awards option[selected]").val()).isEqualTo("new");
        assertThat(preview.select("#posts tbody tr").eachText()).anyMatch(row -> row.contains("메디컬아이피") && row.contains("medikeolaipi-gisuldaesang-susang"))
                .anyMatch(row -> row.startsWith("Old announcement") && row.contains("left out"));

        var done = editor.submit(previewPage, previewPage, Map.of("status", "keep", "clashes", "rename",
                "category.mou", "mou", "category.awards", "new", "category.partnerships", "new",
                "category.uncategorized", "news", "fallback", "news"));
        assertThat(done.location()).isEqualTo(previewPage + "/report");
        var report = editor.get(done.location()).html();
        assertThat(report.selectFirst("#summary").text()).isEqualTo("5 posts imported, 2 left out, 3 images taken from the media.");
        assertThat(report.select("#skipped li").eachText()).containsExactlyInAnyOrder(
                "About MEDICAL IP: A page: only posts are imported",
                "Old announcement: Its WordPress status is \u201ctrash\u201d (trash and auto-drafts are left out)");
        assertThat(String.join("\n", report.select("#notes li").eachText())).contains(
                "An embedded iframe became a link to https://www.youtube.com/embed/dQw4w9WgXcQ",
                "A script element was removed",
                "A [gallery] lost 1 of its 2 images",
                "The shortcode [contact-form-7] was removed",
                "/news/a-new-lab-in-boston was taken; it is at /news/a-new-lab-in-boston-2");

        var mou = release("medical-ip-signs-mou-with-seoul-hospital");
        assertThat(mou.get("status")).isEqualTo("PUBLISHED");
        assertThat(mou.get("published_at").toString()).startsWith("2023-09-15 01:00:00");
        assertThat(mou.get("category")).isEqualTo("MOU");
        assertThat((String) mou.get("body")).contains("The signing ceremony in Seoul", "## About the partnership", "- Training for surgeons",
                "Joint research on AI segmentation", "/media/").doesNotContain("news.medicalip.example", "[caption");
        assertThat(mou.get("hero_image_alt")).isEqualTo("Two chief executives shake hands over the signed agreement");

        var award = release("medikeolaipi-gisuldaesang-susang");
        assertThat(award.get("title")).isEqualTo("메디컬아이피, 2023 대한민국 기술대상 수상");
        assertThat(award.get("language")).as("a title in Hangul comes in as Korean").isEqualTo("ko");
        assertThat(award.get("category")).isEqualTo("Awards & Honours");
        assertThat((String) award.get("body")).contains("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "장관상")
                .doesNotContain("<script", "tracker.example", "onclick", "<iframe");
        assertThat(release("draft-q1-2024-outlook").get("status")).isEqualTo("DRAFT");
        assertThat(release("a-new-lab-in-boston-2").get("category")).isEqualTo("Partnerships");
        assertThat(release("medical-ip-at-rsna-2024").get("status")).isEqualTo("SCHEDULED");
        assertThat(jdbc.queryForObject("select count(*) from release_revision where note like 'imported from WordPress%'", Long.class))
                .isEqualTo(5);

        var visitor = new HttpUser(port);
        assertRedirect(visitor, "/2023/09/15/medical-ip-signs-mou-with-seoul-hospital/", "/news/medical-ip-signs-mou-with-seoul-hospital");
        assertRedirect(visitor, "/2023/09/15/medical-ip-signs-mou-with-seoul-hospital", "/news/medical-ip-signs-mou-with-seoul-hospital");
        assertRedirect(visitor, "/?p=101", "/news/medical-ip-signs-mou-with-seoul-hospital");
        assertRedirect(visitor, "/2023/10/02/%EB%A9%94%EB%94%94%EC%BB%AC%EC%95%84%EC%9D%B4%ED%94%BC-%EA%B8%B0%EC%88%A0%EB%8C%80%EC%83%81-%EC%88%98%EC%83%81/", "/ko/news/medikeolaipi-gisuldaesang-susang");
        assertRedirect(visitor, "/2023/12/07/a-new-lab-in-boston/", "/news/a-new-lab-in-boston-2");
        assertThat(visitor.get("/?p=103").status()).as("a draft's old address leads nowhere").isEqualTo(200);
        assertThat(visitor.get("/2024/11/30/medical-ip-at-rsna-2024/").status()).as("not yet public").isEqualTo(404);
        var page = visitor.get("/news/medical-ip-signs-mou-with-seoul-hospital");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("main img").eachAttr("src")).anyMatch(src -> src.startsWith("/media/"));
        assertThat(visitor.get("/ko/news/medikeolaipi-gisuldaesang-susang").html().select("main a").eachAttr("href"))
                .contains("https://www.youtube.com/watch?v=dQw4w9WgXcQ");

        assertThat(editor.get(previewPage).location()).as("an import runs once").isEqualTo(previewPage + "/report");
        assertThat(jdbc.queryForObject("select count(*) from webhook_delivery", Long.class))
                .as("old news is no news to webhooks").isZero();
        jdbc.update("delete from webhook_endpoint");
    }

    @Test
    void anUploadNobodyImportsIsDroppedAfterADay() {
        var first = editor.uploadFiles("/admin/import", "/admin/import", List.of(
                new HttpUser.Part("export", "export.xml", "text/xml", export())));
        clock.advance(java.time.Duration.ofHours(25));

        editor.uploadFiles("/admin/import", "/admin/import", List.of(new HttpUser.Part("export", "again.xml", "text/xml", export())));

        assertThat(jdbc.queryForList("select file_name from wordpress_import", String.class)).containsExactly("again.xml");
        assertThat(editor.get(first.location()).status()).isEqualTo(404);
    }

    @Test
    void importsAllOrNothing() throws Exception {
        jdbc.execute("""
                create or replace function refuse_boston() returns trigger language plpgsql as $$
                begin
                  if new.title like 'Anatomy%' then raise exception 'refused by the test'; end if;
                  return new;
                end $$""");
        jdbc.execute("create trigger refuse_boston before insert on press_release for each row execute function refuse_boston()");

        var uploaded = editor.uploadFiles("/admin/import", "/admin/import", List.of(
                new HttpUser.Part("export", "export.xml", "text/xml", export())));
        var done = editor.submit(uploaded.location(), uploaded.location(), Map.of("status", "keep", "clashes", "rename"));

        var report = editor.get(done.location()).html();
        assertThat(report.selectFirst("#failure").text()).startsWith("Nothing was imported:");
        assertThat(jdbc.queryForObject("select count(*) from press_release", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from legacy_link", Long.class)).isZero();
    }

    @Test
    void refusesAnXmlBombMalformedXmlAndFilesThatAreNotAnExportWithAClearMessage() {
        String bomb = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [
                  <!ENTITY lol "lol">
                  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                  <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                ]>
                <rss><channel><title>&lol9;</title></channel></rss>""";
        assertThat(refusal(bomb.getBytes(StandardCharsets.UTF_8), "export.xml")).contains("XML bomb");
        assertThat(refusal("<rss><channel><item><title>Broken</channel></rss>".getBytes(StandardCharsets.UTF_8), "export.xml"))
                .startsWith("The file is not well-formed XML (line 1");
        assertThat(refusal("<?xml version=\"1.0\"?><feed><entry/></feed>".getBytes(StandardCharsets.UTF_8), "atom.xml"))
                .startsWith("This is not a WordPress export");
        assertThat(refusal(new byte[0], "empty.xml")).startsWith("Choose the export file");
        assertThat(jdbc.queryForObject("select count(*) from wordpress_import", Long.class)).as("nothing kept").isZero();

        var notZip = editor.uploadFiles("/admin/import", "/admin/import", List.of(
                new HttpUser.Part("export", "export.xml", "text/xml", export()),
                new HttpUser.Part("media", "uploads.zip", "application/zip", "not a zip".getBytes(StandardCharsets.UTF_8))));
        assertThat(notZip.html().selectFirst("#upload-problem").text()).startsWith("The media file is not a ZIP archive");
    }

    @Test
    void refusesAZipBombAndReadsAMediaZipsListingOnceWhenItIsUploaded() throws IOException {
        var bombed = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bombed)) {
            put(zip, "wp-content/uploads/2023/09/photo.jpg", image("jpg", 200, 100));
            zip.putNextEntry(new ZipEntry("wp-content/uploads/2023/09/huge.jpg"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bombed.size()).as("a small file").isLessThan(200_000);

        var refused = editor.uploadFiles("/admin/import", "/admin/import", List.of(
                new HttpUser.Part("export", "export.xml", "text/xml", export()),
                new HttpUser.Part("media", "uploads.zip", "application/zip", bombed.toByteArray())));

        assertThat(refused.html().selectFirst("#upload-problem").text())
                .startsWith("The media ZIP holds a file that unpacks to far more than its size");
        assertThat(jdbc.queryForObject("select count(*) from wordpress_import", Long.class)).as("nothing kept").isZero();

        var uploaded = editor.uploadFiles("/admin/import", "/admin/import", List.of(
                new HttpUser.Part("export", "export.xml", "text/xml", export()),
                new HttpUser.Part("media", "uploads.zip", "application/zip", media())));
        assertThat(uploaded.location()).startsWith("/admin/import/");
        assertThat(jdbc.queryForObject("select media_entries from wordpress_import", String.class).split("\n"))
                .contains("wp-content/uploads/2023/09/signing-ceremony.jpg", "wp-content/uploads/2023/12/notes.txt");
    }

    @Test
    void importsAFiftyMegabyteExport() {
        var xml = new StringBuilder(55_000_000);
        String head = new String(export(), StandardCharsets.UTF_8);
        xml.append(head, 0, head.indexOf("<item>"));
        String paragraph = "<p>" + "MEDICAL IP turns medical images into 3D anatomy for doctors and patients. ".repeat(12) + "</p>\n";
        int posts = 1000;
        for (int i = 1; i <= posts; i++) {
            xml.append("<item><title><![CDATA[Release number ").append(i).append("]]></title>")
                    .append("<link>https://news.medicalip.example/2020/01/01/release-").append(i).append("/</link>")
                    .append("<content:encoded><![CDATA[").append(paragraph.repeat(60)).append("]]></content:encoded>")
                    .append("<wp:post_id>").append(1000 + i).append("</wp:post_id>")
                    .append("<wp:post_date_gmt><![CDATA[2020-01-01 00:00:00]]></wp:post_date_gmt>")
                    .append("<wp:post_name><![CDATA[release-").append(i).append("]]></wp:post_name>")
                    .append("<wp:status><![CDATA[publish]]></wp:status><wp:post_type><![CDATA[post]]></wp:post_type>")
                    .append("<category domain=\"category\" nicename=\"mou\"><![CDATA[MOU]]></category></item>\n");
        }
        xml.append("</channel></rss>\n");
        byte[] big = xml.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(big.length).isGreaterThan(50 * 1024 * 1024);

        var uploaded = editor.uploadFiles("/admin/import", "/admin/import", List.of(
                new HttpUser.Part("export", "big.xml", "text/xml", big)));
        assertThat(uploaded.status()).isEqualTo(302);
        assertThat(editor.get(uploaded.location()).html().selectFirst("#count-posts").text()).isEqualTo("1000");
        var done = editor.submit(uploaded.location(), uploaded.location(), Map.of("status", "drafts", "clashes", "rename"));

        assertThat(editor.get(done.location()).html().selectFirst("#summary").text()).startsWith("1,000 posts imported, 0 left out");
        assertThat(jdbc.queryForObject("select count(*) from press_release where status = 'DRAFT'", Long.class)).isEqualTo(posts);
        assertThat(jdbc.queryForObject("select octet_length(export) from wordpress_import", Long.class))
                .as("the upload is let go once imported").isZero();
    }

    private String refusal(byte[] file, String name) {
        var page = editor.uploadFiles("/admin/import", "/admin/import", List.of(new HttpUser.Part("export", name, "text/xml", file)));
        assertThat(page.status()).isEqualTo(200);
        return page.html().selectFirst("#upload-problem").text();
    }

    private void assertRedirect(HttpUser visitor, String oldAddress, String to) {
        var answer = visitor.get(oldAddress);
        assertThat(answer.status()).as(oldAddress).isEqualTo(301);
        assertThat(answer.location()).as(oldAddress).isEqualTo(to);
    }

    private Map<String, Object> release(String slug) {
        return jdbc.queryForMap("select r.title, r.language, r.status, r.published_at, r.body, r.hero_image_alt, c.name as category"
                + " from press_release r join category c on c.id = r.category_id where r.slug = ?", slug);
    }

    private static byte[] export() {
        try (var in = WordPressImportTest.class.getResourceAsStream("/wordpress/medicalip-wordpress-6.xml")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The site's wp-content/uploads, zipped as WordPress hosts let people download it, with a resized copy. */
    private static byte[] media() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            put(zip, "wp-content/uploads/2023/09/signing-ceremony.jpg", image("jpg", 1600, 1067));
            put(zip, "wp-content/uploads/2023/09/signing-ceremony-1024x683.jpg", image("jpg", 1024, 683));
            put(zip, "wp-content/uploads/2023/10/award-stage.png", image("png", 1200, 800));
            put(zip, "wp-content/uploads/2023/12/lab-wide.jpg", image("jpg", 1400, 700));
            put(zip, "wp-content/uploads/2023/12/notes.txt", "not an image".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static byte[] image(String format, int width, int height) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new java.awt.Color(20, 90, 160));
        g.fillRect(0, 0, width, height);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
