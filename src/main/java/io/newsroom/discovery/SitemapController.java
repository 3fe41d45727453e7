package io.newsroom.discovery;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.newsroom.release.PublicRelease;
import io.newsroom.release.ReleaseLookup;
import io.newsroom.settings.Languages;
import io.newsroom.settings.Settings;
import io.newsroom.settings.SettingsLookup;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;

/** {@code /sitemap.xml} and {@code /robots.txt}: what search engines may read and where to find it. */
@Controller
class SitemapController {

    /** The sitemap protocol's limit per file. */
    static final int MAX_URLS = 50_000;

    /**
     * Releases per file once the sitemap is an index. The protocol allows 50,000; a tenth of the
     * table or less is read through the index, and each file stays near 1.5 MB.
     */
    static final int PART_SIZE = 10_000;

    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final ReleaseLookup releases;
    private final SettingsLookup settings;

    private final Languages languages;

    SitemapController(ReleaseLookup releases, SettingsLookup settings, Languages languages) {
        this.releases = releases;
        this.settings = settings;
        this.languages = languages;
    }

    /**
     * One sitemap while everything fits in one file; past that, an index of files: the home and
     * category pages, then the releases in parts of {@value #PART_SIZE}.
     */
    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() {
        var site = settings.current();
        var categories = releases.categories();
        long count = releases.countPublic();
        if (count + categories.size() + 1 <= MAX_URLS) {
            var xml = urlset();
            pages(xml, site, categories);
            releaseUrls(xml, site, releases.publicPart(1, MAX_URLS));
            return xml(xml.append("</urlset>\n"));
        }
        var xml = new StringBuilder(XML).append("<sitemapindex xmlns=\"").append(NAMESPACE).append("\">\n");
        xml.append("  <sitemap><loc>").append(HtmlUtils.htmlEscape(site.absolute("/sitemap/pages.xml"))).append("</loc></sitemap>\n");
        for (long part = 1; part <= (count + PART_SIZE - 1) / PART_SIZE; part++) {
            xml.append("  <sitemap><loc>").append(HtmlUtils.htmlEscape(site.absolute("/sitemap/releases-" + part + ".xml")))
                    .append("</loc></sitemap>\n");
        }
        return xml(xml.append("</sitemapindex>\n"));
    }

    @GetMapping("/sitemap/pages.xml")
    ResponseEntity<String> pages() {
        var xml = urlset();
        pages(xml, settings.current(), releases.categories());
        return xml(xml.append("</urlset>\n"));
    }

    @GetMapping("/sitemap/releases-{part}.xml")
    ResponseEntity<String> releases(@PathVariable int part) {
        var found = part < 1 ? List.<PublicRelease>of() : releases.publicPart(part, PART_SIZE);
        if (found.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var xml = urlset();
        releaseUrls(xml, settings.current(), found);
        return xml(xml.append("</urlset>\n"));
    }

    private static StringBuilder urlset() {
        return new StringBuilder(XML).append("<urlset xmlns=\"").append(NAMESPACE)
                .append("\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    }

    /** The home and category lists in every language. */
    private void pages(StringBuilder xml, Settings site, List<ReleaseLookup.CategoryRef> categories) {
        for (var language : languages.all()) {
            String prefix = languages.prefix(language);
            url(xml, site.absolute(prefix + "/"), null);
            for (var category : categories) {
                url(xml, site.absolute(prefix + "/news?category=" + category.slug()), null);
            }
        }
    }

    /** Each release, with its public translations as alternates (every one of them listing all, itself included). */
    private void releaseUrls(StringBuilder xml, Settings site, List<PublicRelease> found) {
        var translations = releases.publicTranslations();
        for (var release : found) {
            var alternates = new StringBuilder();
            var order = languages.all().stream().map(Locale::toLanguageTag).toList();
            var story = translations.getOrDefault(release.story(), List.of()).stream()
                    .sorted(java.util.Comparator.comparingInt(t -> order.indexOf(t.language()))).toList();
            for (var translation : story) {
                alternates.append("<xhtml:link rel=\"alternate\" hreflang=\"").append(translation.language())
                        .append("\" href=\"").append(HtmlUtils.htmlEscape(site.absolute(
                                languages.releasePath(translation.language(), translation.slug())))).append("\"/>");
            }
            story.stream().filter(t -> languages.isDefault(Locale.forLanguageTag(t.language()))).findFirst()
                    .ifPresent(t -> alternates.append("<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"")
                            .append(HtmlUtils.htmlEscape(site.absolute(languages.releasePath(t.language(), t.slug()))))
                            .append("\"/>"));
            url(xml, site.absolute(languages.releasePath(release.language(), release.slug())),
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(release.updatedAt().atOffset(ZoneOffset.UTC)),
                    alternates.toString());
        }
    }

    private static ResponseEntity<String> xml(StringBuilder xml) {
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
        url(xml, location, lastModified, "");
    }

    private static void url(StringBuilder xml, String location, String lastModified, String alternates) {
        xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(location)).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(lastModified).append("</lastmod>");
        }
        xml.append(alternates).append("</url>\n");
    }
}
