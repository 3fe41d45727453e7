package io.newsroom.release.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.newsroom.NewsroomTest;
import io.newsroom.media.MediaLibrary;
import io.newsroom.media.TestImages;
import io.newsroom.release.Markdown;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A release body that points images at other servers, including one that accepts a connection and
 * never answers: the PDF embeds the newsroom's own image, drops the rest, and asks nobody for
 * anything.
 */
class PdfSafetyTest extends NewsroomTest {

    @Autowired
    MediaLibrary media;

    @Autowired
    ReleasePdf pdf;

    private ServerSocket silent;
    private final List<String> connections = new CopyOnWriteArrayList<>();

    @BeforeEach
    void aServerThatNeverAnswers() throws IOException {
        silent = new ServerSocket(0);
        var listener = new Thread(() -> {
            while (!silent.isClosed()) {
                try {
                    Socket socket = silent.accept(); // kept open, never answered
                    connections.add(socket.getRemoteSocketAddress().toString());
                } catch (IOException closed) {
                    return;
                }
            }
        });
        listener.setDaemon(true);
        listener.start();
    }

    @AfterEach
    void stop() throws IOException {
        silent.close();
    }

    @Test
    void embedsOnlyOwnMediaAndFetchesNothingFromTheNetwork() throws Exception {
        var own = media.store("lab.jpg", TestImages.jpeg(640, 360), "test");
        String ownSrc = own.sources().get(0).url();
        String remote = "http://127.0.0.1:" + silent.getLocalPort();
        var release = fixtures.published("pdf-images", "Images in a PDF", clock.instant().minus(Duration.ofDays(1)));
        String body = String.join("\n\n",
                "Our own picture: ![lab](" + ownSrc + ")",
                "![stolen](" + remote + "/markdown.png)",
                "<img src=\"" + remote + "/raw.png\">",
                "![local file](file:///etc/passwd)",
                "![relative elsewhere](/admin/releases.png)",
                "The text stays.");
        jdbc.update("update press_release set body = ?, body_html = ? where id = ?", body, Markdown.safeHtmlOf(body),
                release.getId());

        var result = mvc.get().uri("/news/pdf-images.pdf").exchange();

        assertThat(result).hasStatusOk().hasContentType("application/pdf");
        assertThat(connections).as("connections to the silent server").isEmpty();
        try (var document = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            int images = 0;
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            assertThat(images).as("only the newsroom's own image").isEqualTo(1);
        }
    }

    @Test
    void rendersEachVersionOnceAndAgainAfterAnEdit() {
        var release = fixtures.published("pdf-cache", "Cached PDF", clock.instant().minus(Duration.ofDays(1)));
        long before = pdf.renders();

        assertThat(mvc.get().uri("/news/pdf-cache.pdf").exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/news/pdf-cache.pdf").exchange()).hasStatusOk();
        assertThat(pdf.renders() - before).as("renders for two downloads").isEqualTo(1);

        jdbc.update("update press_release set title = 'Edited', version = version + 1 where id = ?", release.getId());
        assertThat(mvc.get().uri("/news/pdf-cache.pdf").exchange()).hasStatusOk();
        assertThat(pdf.renders() - before).as("an edited release is rendered anew").isEqualTo(2);
    }
}
