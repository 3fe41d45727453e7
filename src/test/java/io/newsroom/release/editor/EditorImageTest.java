package io.newsroom.release.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.newsroom.Html;
import io.newsroom.HttpUser;
import io.newsroom.NewsroomTest;
import io.newsroom.account.Staff;
import io.newsroom.account.staff.StaffFixtures;
import io.newsroom.media.TestImages;
import io.newsroom.media.UnwritableMedia;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A release's image, uploaded with the editor; the text never waits on it or is lost to it. */
class EditorImageTest extends NewsroomTest {

    @LocalServerPort
    int port;

    private Staff editor;

    @BeforeEach
    void signedIn() {
        editor = staff.editor();
    }

    @Test
    void publishesAReleaseWithItsImageInSeveralWidths() {
        var result = save(new MockMultipartFile("heroImageFile", "signing.jpg", "image/jpeg", TestImages.jpeg(2000, 1125)),
                "The signing ceremony", "publish");
        assertThat(result).hasStatus(302);

        var img = Html.of(mvc.get().uri("/news/with-image").exchange()).selectFirst(".release__hero img");

        assertThat(img.attr("alt")).isEqualTo("The signing ceremony");
        assertThat(img.attr("width")).isEqualTo("2000");
        assertThat(img.attr("height")).isEqualTo("1125");
        assertThat(img.attr("srcset")).contains(" 480w", " 960w", " 1600w");
        var card = Html.of(mvc.get().uri("/").exchange()).selectFirst(".release-card img");
        assertThat(card.attr("src")).endsWith("-480.jpg");
        assertThat(card.attr("height")).isEqualTo("270");
    }

    @Test
    void showsWhereAnImageIsUsedAndLetsTheEditorRemoveIt() {
        save(new MockMultipartFile("heroImageFile", "ceremony.jpg", "image/jpeg", TestImages.jpeg(800, 450)),
                "The ceremony", "publish");
        long id = jdbc.queryForObject("select id from press_release where slug = 'with-image'", Long.class);

        var library = Html.of(mvc.get().uri("/admin/media").with(user(editor)).exchange());
        assertThat(library.select(".media-grid > li").stream()
                .filter(item -> item.text().contains("ceremony.jpg")).findFirst().orElseThrow().text())
                .contains("With image");

        var editorPage = Html.of(mvc.get().uri("/admin/releases/" + id).with(user(editor)).exchange());
        var removed = mvc.post().uri("/admin/releases/" + id).with(user(editor)).with(csrf())
                .param("title", "With image").param("slug", "with-image")
                .param("categoryId", editorPage.selectFirst("#categoryId option[selected]").val())
                .param("summary", "Summary kept").param("body", "Body kept")
                .param("heroImageId", editorPage.selectFirst("#heroImageId").val()).param("heroImageAlt", "")
                .param("removeImage", "true").param("version", editorPage.selectFirst("#version").val())
                .param("action", "save").exchange();

        assertThat(removed).hasStatus(302);
        assertThat(Html.of(mvc.get().uri("/news/with-image").exchange()).select(".release__hero")).isEmpty();
    }

    @Test
    void asksForATextAlternativeAndKeepsTheRestOfTheForm() {
        var page = Html.of(save(new MockMultipartFile("heroImageFile", "a.jpg", "image/jpeg", TestImages.jpeg(400, 300)),
                "", "save"));

        assertThat(page.select("#heroImageAlt-error").text()).isEqualTo("Describe the image for readers who cannot see it.");
        assertThat(page.selectFirst("#title").val()).isEqualTo("With image");
        assertThat(jdbc.queryForObject("select count(*) from press_release", Integer.class)).isZero();
    }

    @Test
    void savesTheTextWhenTheImageIsRefused() {
        byte[] notAnImage = "<html>not an image</html>".getBytes(StandardCharsets.UTF_8);

        var page = Html.of(save(new MockMultipartFile("heroImageFile", "photo.jpg", "image/jpeg", notAnImage),
                "Something", "save"));

        assertThat(page.select(".notice").text()).isEqualTo("Your text was saved; the image was not, see below.");
        assertThat(page.select("#heroImageFile-error").text()).startsWith("Only JPEG, PNG, WebP and GIF images");
        assertThat(jdbc.queryForObject("select title from press_release", String.class)).isEqualTo("With image");
        assertThat(page.selectFirst("#body").text()).isEqualTo("Body kept");
    }

    @Test
    void savesTheTextAndSaysSoWhenTheImageCannotBeStored() throws Exception {
        int images = jdbc.queryForObject("select count(*) from media", Integer.class);
        var page = UnwritableMedia.during(() -> Html.of(save(new MockMultipartFile("heroImageFile", "photo.jpg",
                "image/jpeg", TestImages.jpeg(800, 450)), "Something", "publish")));

        assertThat(page.select(".notice").text()).isEqualTo("Your text was saved; the image was not, see below.");
        assertThat(page.select("#heroImageFile-error").text()).startsWith("The image could not be stored");
        assertThat(jdbc.queryForObject("select title from press_release", String.class)).isEqualTo("With image");
        assertThat(jdbc.queryForObject("select hero_media_id from press_release", Long.class)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from media", Integer.class)).as("no half-stored image")
                .isEqualTo(images);
    }

    @Test
    void refusesAnOversizedImageNextToItsFieldKeepingTheText() {
        byte[] big = Arrays.copyOf(TestImages.jpeg(100, 100), 10 * 1024 * 1024 + 1);

        var page = Html.of(save(new MockMultipartFile("heroImageFile", "big.jpg", "image/jpeg", big), "Big", "save"));

        assertThat(page.select("#heroImageFile-error").text()).isEqualTo("The file is larger than 10 MB. Make it smaller and try again.");
        assertThat(page.selectFirst("#summary").text()).isEqualTo("Summary kept");
    }

    @Test
    void answersAHundredMegabyteUploadWithAPageNotAnError() {
        staff.forgetFailedSignIns();
        var user = new HttpUser(port);
        user.signIn(editor.email(), StaffFixtures.PASSWORD);

        var response = user.upload("/admin/media", "/admin/media", "file", "huge.jpg", TestImages.jpeg(10, 10),
                100L * 1024 * 1024);

        assertThat(response.status()).isEqualTo(302);
        assertThat(user.get(response.location()).html().selectFirst(".problem").text())
                .isEqualTo("The file is larger than 10 MB. Make it smaller and try again.");
    }

    private MvcTestResult save(MockMultipartFile file, String alt, String action) {
        long category = jdbc.queryForObject("select id from category where slug = 'event'", Long.class);
        return mvc.post().uri("/admin/releases").multipart().file(file).with(user(editor)).with(csrf())
                .param("title", "With image").param("slug", "with-image").param("categoryId", String.valueOf(category))
                .param("summary", "Summary kept").param("body", "Body kept").param("heroImageAlt", alt)
                .param("action", action).exchange();
    }
}
