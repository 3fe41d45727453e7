package io.newsroom.discovery;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import io.newsroom.release.ReleaseLookup;
import io.newsroom.settings.SiteSettings;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/** {@code /sitemap.xml} and {@code /robots.txt}: what search engines may read and where to find it. */
@Controller
class SitemapController {

    /** The sitemap protocol's limit per file. */
    private static final int MAX_URLS = 50_000;

    private final ReleaseLookup releases;
    private final SiteSettings settings;

    SitemapController(ReleaseLookup releases, SiteSettings settings) {
        this.releases = releases;
        this.settings = settings;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() {
        var site = settings.current();
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        url(xml, site.absolute("/"), null);
        for (var category : releases.categories()) {
            url(xml, site.absolute("/news?category=" + category.slug()), null);
        }
        for (var release : releases.latest(MAX_URLS - 200, null).orElseThrow()) {
            url(xml, site.absolute("/news/" + release.slug()),
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(release.updatedAt().atOffset(ZoneOffset.UTC)));
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/xml;charset=UTF-8"))
                .body(xml.toString());
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        String body = "User-agent: *\nDisallow: /admin\nDisallow: /news/preview/\n\nSitemap: "
                + settings.current().absolute("/sitemap.xml") + "\n";
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(body);
    }

    private static void url(StringBuilder xml, String location, String lastModified) {
        xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(location)).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(lastModified).append("</lastmod>");
        }
        xml.append("</url>\n");
    }
}
