package io.newsroom.release.pages;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;

import io.newsroom.media.MediaLibrary;
import io.newsroom.release.model.PublicReleases;
import io.newsroom.settings.Settings;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A release as a PDF, from the same content as its page: rendered by Thymeleaf, made well-formed
 * by jsoup, laid out by openhtmltopdf. Text only, in the PDF base fonts.
 *
 * <p>A render never touches the network: images from the app's own media are read from storage and
 * embedded, every other image is dropped, and the renderer's URL loading refuses everything. Renders
 * run on two threads with a deadline (so memory and time are bounded whatever a body holds), and
 * each version of a release is rendered once, then served from memory.
 */
@Component
class ReleasePdf {

    static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final int MAX_IMAGES = 20;
    private static final int MAX_IMAGE_BYTES = 4 * 1024 * 1024;
    private static final Pattern OWN_MEDIA = Pattern.compile("/media/([a-z0-9]{1,64}-[0-9]{1,5}\\.(jpg|png))");

    private final ITemplateEngine templates;
    private final MediaLibrary media;
    private final ThreadPoolExecutor renderers = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(16), runnable -> {
                var thread = new Thread(runnable, "pdf-render");
                thread.setDaemon(true);
                return thread;
            });
    private final AtomicLong renders = new AtomicLong();
    private final Cache<String, byte[]> rendered = Caffeine.newBuilder()
            .maximumWeight(64L * 1024 * 1024)
            .<String, byte[]>weigher((key, pdf) -> pdf.length)
            .expireAfterAccess(Duration.ofHours(12))
            .build();

    ReleasePdf(ITemplateEngine templates, MediaLibrary media) {
        this.templates = templates;
        this.media = media;
    }

    /** Nanum Gothic, for Korean: unpacked on the first PDF that needs a font, then kept. */
    private static final class KoreanFont {
        static final byte[] REGULAR = load("NanumGothic.woff");
        static final byte[] BOLD = load("NanumGothicBold.woff");

        private static byte[] load(String name) {
            try (var in = ReleasePdf.class.getResourceAsStream("/fonts/" + name)) {
                return Woff.withoutControlCharacters(Woff.toTrueType(in.readAllBytes()));
            } catch (IOException | NullPointerException e) {
                throw new IllegalStateException("The font " + name + " is missing from the application", e);
            }
        }
    }

    /**
     * The PDF of this version of the release with these settings: from memory if rendered before.
     *
     * @param url the release's page, in its language, printed on the PDF
     */
    byte[] render(PublicReleases.ReleasePage page, Settings site, String url) {
        var release = page.release();
        String key = release.getId() + "@" + release.getVersion() + "/" + site.hashCode();
        var cached = rendered.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        byte[] pdf = renderWithDeadline(page, site, url);
        rendered.put(key, pdf);
        return pdf;
    }

    private byte[] renderWithDeadline(PublicReleases.ReleasePage page, Settings site, String url) {
        Future<byte[]> job;
        try {
            job = renderers.submit(() -> renderNow(page, site, url));
        } catch (RejectedExecutionException busy) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Too many PDFs are being made");
        }
        try {
            return job.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            job.cancel(true);
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "The PDF took too long to make");
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException e ? e : new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE);
        }
    }

    /** How many renders ran, for tests that check the cache. */
    long renders() {
        return renders.get();
    }

    private byte[] renderNow(PublicReleases.ReleasePage page, Settings site, String address) {
        renders.incrementAndGet();
        String html = templates.process("release/pdf", new Context(Locale.forLanguageTag(page.release().getLanguage()),
                Map.of("page", page, "site", site, "url", address)));
        var parsed = Jsoup.parse(html);
        embedOwnImagesOnly(parsed, site);
        var document = new W3CDom().fromJsoup(parsed);
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            FSStreamFactory refuse = url -> new Refused();
            builder.useHttpStreamImplementation(refuse);
            builder.useProtocolsStreamImplementation(refuse, "file", "jar", "ftp", "http", "https");
            builder.useUriResolver((base, uri) -> uri != null && uri.startsWith("data:image/") ? uri : null);
            // embedded as subsets: only the glyphs the PDF uses
            builder.useFont(() -> new ByteArrayInputStream(KoreanFont.REGULAR), "NanumGothic", 400,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(KoreanFont.BOLD), "NanumGothic", 700,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withW3cDocument(document, site.absolute("/"));
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render a PDF", e);
        }
    }

    /** Every image becomes a data URI of a stored file of ours, or goes. */
    private void embedOwnImagesOnly(Document document, Settings site) {
        int embedded = 0;
        String ownPrefix = site.absolute("/");
        for (var image : document.select("img")) {
            String src = image.attr("src");
            String path = src.startsWith(ownPrefix) ? src.substring(ownPrefix.length() - 1) : src;
            var own = OWN_MEDIA.matcher(path);
            var bytes = own.matches() && embedded < MAX_IMAGES
                    ? media.readStored(own.group(1), MAX_IMAGE_BYTES) : Optional.<byte[]>empty();
            if (bytes.isEmpty()) {
                image.remove();
                continue;
            }
            String type = own.group(2).equals("png") ? "image/png" : "image/jpeg";
            image.attr("src", "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes.get()));
            image.removeAttr("srcset");
            embedded++;
        }
        document.select("link, object, embed, iframe, video, audio, source, svg").remove();
    }

    /** What the renderer gets for any URL it tries to load: nothing. */
    private static final class Refused implements FSStream {

        @Override
        public InputStream getStream() {
            return null;
        }

        @Override
        public Reader getReader() {
            return null;
        }
    }

    @PreDestroy
    void stop() {
        renderers.shutdownNow();
    }
}
