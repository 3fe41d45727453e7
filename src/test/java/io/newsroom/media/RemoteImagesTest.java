package io.newsroom.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.newsroom.NewsroomTest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * An image pasted with its address on another site (a Google Doc's pictures, a web page's) is
 * fetched by the newsroom and stored as an upload would be; what is not an image, not there, too
 * large, or on a private network is refused with a message, and nothing is stored.
 */
class RemoteImagesTest extends NewsroomTest {

    @Autowired
    MediaLibrary library;

    @Autowired
    MediaProperties properties;

    private HttpServer site;
    private String base;

    @BeforeEach
    void anotherSite() throws IOException {
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] picture = TestImages.png(900, 500);
        site.createContext("/docs/picture", exchange -> answer(exchange, 200, "image/png", picture));
        site.createContext("/docs/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/docs/picture");
            answer(exchange, 302, "text/plain", new byte[0]);
        });
        site.createContext("/docs/page", exchange -> answer(exchange, 200, "image/png",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
        site.createContext("/docs/endless", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(picture);
                byte[] more = new byte[64 * 1024];
                for (long sent = 0; sent < 64L * 1024 * 1024; sent += more.length) {
                    out.write(more);
                }
            } catch (IOException dropped) {
                // the newsroom stops reading past the upload size
            }
        });
        site.start();
        base = "http://127.0.0.1:" + site.getAddress().getPort();
    }

    @AfterEach
    void closeSite() {
        site.stop(0);
    }

    @Test
    void storesAnImageFromAnotherSiteAsIfItWereUploaded() throws Exception {
        long before = images();
        var answer = fetch(base + "/docs/picture");

        assertThat(answer).hasStatus(201);
        JsonNode image = json(answer);
        assertThat(image.get("src").asText()).startsWith("/media/").endsWith(".png");
        assertThat(images()).isEqualTo(before + 1);
        assertThat(mvc.get().uri(image.get("src").asText())).hasStatusOk().hasContentType("image/png");
    }

    @Test
    void followsARedirectToTheImage() throws Exception {
        assertThat(fetch(base + "/docs/moved")).hasStatus(201);
    }

    @Test
    void refusesWhatIsNotAnImageMissingOrTooLargeWithAMessageAndStoresNothing() throws Exception {
        long before = images();

        assertThat(message(fetch(base + "/docs/page"))).startsWith("Only JPEG, PNG, WebP and GIF images");
        assertThat(message(fetch(base + "/docs/nothing-here"))).startsWith("An image pasted from another site could not be fetched");
        assertThat(message(fetch(base + "/docs/endless"))).startsWith("The file is larger than " + library.maxFileSizeLabel());
        assertThat(message(fetch("file:///etc/passwd"))).contains("cannot be fetched (only http and https can)");
        assertThat(message(fetch("javascript:alert(1)"))).contains("cannot be fetched (only http and https can)");
        assertThat(images()).isEqualTo(before);
    }

    @Test
    void neverReachesAPrivateAddressUnlessItsNetworkIsAllowed() throws IOException {
        var strict = new RemoteImages(library, new MediaProperties(properties.storage(), properties.directory(),
                properties.maxFileSize(), properties.maxPixels(), false, List.of()));
        try {
            assertThatThrownBy(() -> strict.fetch(base + "/docs/picture", "test"))
                    .isInstanceOf(ImageRejectedException.class).extracting(e -> ((ImageRejectedException) e).messageKey())
                    .isEqualTo("media.fetch.private");
            assertThatThrownBy(() -> strict.fetch("http://localhost:" + site.getAddress().getPort() + "/docs/picture", "test"))
                    .extracting(e -> ((ImageRejectedException) e).messageKey()).isEqualTo("media.fetch.private");
            assertThatThrownBy(() -> strict.fetch("http://169.254.169.254/latest/meta-data/", "test"))
                    .extracting(e -> ((ImageRejectedException) e).messageKey()).isEqualTo("media.fetch.private");
        } finally {
            strict.destroy();
        }
    }

    @Test
    void onlyStaffMayHaveTheNewsroomFetchAnImage() {
        assertThat(mvc.post().uri("/admin/media/body-image/from-address").param("address", base + "/docs/picture").with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/admin/media/body-image/from-address").param("address", base + "/docs/picture")
                .with(user(staff.editor()))).hasStatus(403);
    }

    private MvcTestResult fetch(String address) {
        return mvc.post().uri("/admin/media/body-image/from-address").param("address", address)
                .header("Accept", "application/json").with(user(staff.editor())).with(csrf()).exchange();
    }

    private static String message(MvcTestResult result) throws IOException {
        assertThat(result).hasStatus(422);
        return json(result).get("message").asText();
    }

    private static JsonNode json(MvcTestResult result) throws IOException {
        return new ObjectMapper().readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private long images() {
        return jdbc.queryForObject("select count(*) from media", Long.class);
    }

    private static void answer(HttpExchange exchange, int status, String type, byte[] body)
            throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }
}
