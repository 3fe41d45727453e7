package io.newsroom.release.pages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import io.newsroom.release.model.PublicReleases;
import io.newsroom.settings.Settings;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** What journalists download from a public release: its PDF and its media kit. Drafts are 404, ended releases 410. */
@Controller
class DownloadController {

    private final PublicReleases releases;
    private final ReleaseLinks links;
    private final ReleasePdf pdf;
    private final MediaKits kits;

    DownloadController(PublicReleases releases, ReleaseLinks links, ReleasePdf pdf, MediaKits kits) {
        this.releases = releases;
        this.links = links;
        this.pdf = pdf;
        this.kits = kits;
    }

    /** The release as a PDF, from the same content as its page. */
    @GetMapping("/news/{slug}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String slug, Locale language, Settings site) {
        var page = releases.pageOrGone(slug, language);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(page.release().getSlug() + ".pdf"))
                .body(pdf.render(page, site, site.absolute(links.path(page.release()))));
    }

    /**
     * The release's images as uploaded, its PDF and their captions and credits, in one ZIP streamed
     * from disk (or straight to the download when kits cannot be kept on disk).
     */
    @GetMapping("/news/{slug}/media-kit.zip")
    void mediaKit(@PathVariable String slug, Locale language, Settings site,
                  HttpServletResponse response) throws IOException {
        var page = releases.pageOrGone(slug, language);
        Optional<Path> file;
        try {
            file = kits.kit(page, site);
        } catch (MediaKits.BusyException busy) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(page.release().getSlug() + "-media-kit.zip"));
        if (file.isPresent()) {
            response.setContentLengthLong(Files.size(file.get()));
            Files.copy(file.get(), response.getOutputStream());
        } else {
            kits.writeTo(response.getOutputStream(), page, site);
        }
    }

    private static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName).build().toString();
    }
}
