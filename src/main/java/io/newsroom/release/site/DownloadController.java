package io.newsroom.release.site;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;

import io.newsroom.release.model.PublicReleases;
import io.newsroom.settings.Site;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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
    ResponseEntity<byte[]> pdf(@PathVariable String slug, Locale language, @ModelAttribute("site") Site site) {
        var page = releases.pageOrGone(slug, language);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(page.release().getSlug() + ".pdf"))
                .body(pdf.render(page, site, site.absolute(links.path(page.release()))));
    }

    /** The release's images as uploaded, its PDF and their captions and credits, in one ZIP streamed from disk. */
    @GetMapping("/news/{slug}/media-kit.zip")
    ResponseEntity<Resource> mediaKit(@PathVariable String slug, Locale language, @ModelAttribute("site") Site site)
            throws IOException {
        var page = releases.pageOrGone(slug, language);
        var file = kits.kit(page, site);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .contentLength(Files.size(file))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(page.release().getSlug() + "-media-kit.zip"))
                .body(new FileSystemResource(file));
    }

    private static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName).build().toString();
    }
}
