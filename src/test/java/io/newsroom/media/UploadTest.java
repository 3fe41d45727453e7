package io.newsroom.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import io.newsroom.Html;
import io.newsroom.IntegrationTest;
import io.newsroom.account.Staff;
import io.newsroom.account.staff.StaffFixtures;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Uploads are images by their content, re-encoded, size-checked, and stored under generated names. */
@IntegrationTest
class UploadTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    StaffFixtures staff;

    @Autowired
    MediaLibrary library;

    @Autowired
    MediaProperties properties;

    private Staff editor;

    @BeforeEach
    void signIn() {
        editor = staff.editor();
    }

    @Test
    void takesJpegPngGifAndWebpAndStoresSeveralWidths() throws Exception {
        var jpeg = library.store("photo.jpg", TestImages.jpeg(2000, 1000), "test");
        var png = library.store("logo.png", TestImages.png(700, 300), "test");
        var gif = library.store("anim.gif", TestImages.gif(300, 200), "test");
        var webp = library.store("tiny.webp", TestImages.webp(), "test");

        assertThat(jpeg.sources()).extracting(Image.Source::width).containsExactly(480, 960, 1600);
        assertThat(jpeg.srcset()).contains("-480.jpg 480w", "-1600.jpg 1600w");
        assertThat(png.sources()).extracting(Image.Source::width).containsExactly(480, 700);
        assertThat(png.src(480)).endsWith(".png");
        assertThat(gif.sources()).extracting(Image.Source::width).containsExactly(300);
        assertThat(webp.width()).isEqualTo(1);
        assertThat(webp.src(480)).endsWith("-1.jpg");
    }

    @Test
    void uploadsFromTheMediaLibraryPage() {
        var result = upload(new MockMultipartFile("file", "harbour.jpg", "image/jpeg", TestImages.jpeg(800, 450)));

        assertThat(result).hasStatus(302);
        var page = followRedirect(result);
        assertThat(page.select(".notice").text()).isEqualTo("The image was uploaded.");
        assertThat(page.select(".media-grid strong").eachText()).contains("harbour.jpg");
    }

    @Test
    void decidesTheTypeByContentNotByNameOrDeclaredType() {
        byte[] html = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);

        assertThat(problemAfter(upload(new MockMultipartFile("file", "photo.jpg", "image/jpeg", html))))
                .isEqualTo("Only JPEG, PNG, WebP and GIF images can be uploaded; this file is something else.");
    }

    @Test
    void refusesSvgEvenWhenItCallsItselfAnImage() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><circle r=\"5\"/></svg>"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(problemAfter(upload(new MockMultipartFile("file", "logo.svg", "image/svg+xml", svg))))
                .startsWith("Only JPEG, PNG, WebP and GIF images");
    }

    @Test
    void keepsOnlyThePixelsOfAPolyglotFile() throws Exception {
        var image = library.store("polyglot.jpg", TestImages.polyglotJpeg(), "test");

        for (var source : image.sources()) {
            var stored = mvc.get().uri(source.url()).exchange();
            assertThat(stored).hasStatusOk();
            String bytes = new String(stored.getResponse().getContentAsByteArray(), StandardCharsets.ISO_8859_1);
            assertThat(bytes).doesNotContain("<script>", "Exif", "GPS", "<html>");
        }
    }

    @Test
    void refusesAPixelBombBeforeDecodingIt() {
        assertThatThrownBy(() -> library.store("bomb.png", TestImages.pixelBombPng(), "test"))
                .isInstanceOf(ImageRejectedException.class)
                .extracting(e -> ((ImageRejectedException) e).messageKey()).isEqualTo("media.rejected.too-many-pixels");
        assertThat(problemAfter(upload(new MockMultipartFile("file", "bomb.png", "image/png", TestImages.pixelBombPng()))))
                .startsWith("This image has too many pixels");
    }

    @Test
    void refusesAFileOverTheSizeLimitWithAMessage() {
        byte[] big = Arrays.copyOf(TestImages.jpeg(100, 100), (int) properties.maxFileSize().toBytes() + 1);

        assertThat(problemAfter(upload(new MockMultipartFile("file", "big.jpg", "image/jpeg", big))))
                .isEqualTo("The file is larger than 10 MB. Make it smaller and try again.");
    }

    @Test
    void keepsTheNameOnlyForShowingAndStoresUnderAGeneratedOne() throws Exception {
        var image = library.store("../../../etc/passwd.jpg", TestImages.jpeg(100, 100), "test");

        assertThat(image.originalName()).isEqualTo("passwd.jpg");
        try (var files = Files.list(properties.directory())) {
            assertThat(files.map(Path::getFileName).map(Path::toString))
                    .allMatch(name -> name.matches("[0-9a-f]{24}-([0-9]+|original)\\.(jpg|png|gif|webp)") || name.startsWith("upload-"));
        }
        assertThat(Path.of("target/etc/passwd.jpg")).doesNotExist();
    }

    @Test
    void servesImagesForAYearWithoutSniffing() throws Exception {
        var image = library.store("photo.jpg", TestImages.jpeg(500, 300), "test");

        var response = mvc.get().uri(image.src(480)).exchange();

        assertThat(response).hasStatusOk().hasContentType("image/jpeg");
        assertThat(response.getResponse().getHeader("Cache-Control")).contains("max-age=31536000", "immutable");
        assertThat(response.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(mvc.get().uri("/media/..%2F..%2Fetc%2Fpasswd").exchange().getResponse().getStatus()).isIn(400, 404);
        assertThat(mvc.get().uri("/media/nosuchfile-480.jpg").exchange()).hasStatus(404);
    }

    @Test
    void saysSoWhenTheMediaFolderCannotBeWritten() throws Exception {
        String problem = UnwritableMedia.during(() -> problemAfter(upload(new MockMultipartFile("file", "harbour.jpg",
                "image/jpeg", TestImages.jpeg(800, 450)))));

        assertThat(problem).startsWith("The image could not be stored: the media storage of the server refused to write it.");
    }

    private MvcTestResult upload(MockMultipartFile file) {
        return mvc.post().uri("/admin/media").multipart().file(file).with(user(editor)).with(csrf()).exchange();
    }

    private String problemAfter(MvcTestResult result) {
        assertThat(result).hasStatus(302);
        return followRedirect(result).selectFirst(".problem").text();
    }

    /**
     * The next page in the same session, as the browser would see it, with its flash message: the
     * session (in the database) travels in its cookie, as it does for a browser.
     */
    private Document followRedirect(MvcTestResult result) {
        return Html.of(mvc.get().uri(result.getResponse().getRedirectedUrl())
                .cookie(result.getResponse().getCookie("JSESSIONID")).with(user(editor)).exchange());
    }
}
