package io.newsroom.discovery;

import java.util.Date;
import java.util.List;
import java.util.Locale;

import io.newsroom.release.PublicRelease;
import io.newsroom.release.ReleaseLookup;
import io.newsroom.settings.Languages;
import io.newsroom.settings.Settings;
import io.newsroom.settings.SettingsLookup;

import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Atom and RSS 2.0 feeds of the latest public releases, all or of one category (made with ROME). */
@Controller
class FeedController {

    static final int ENTRIES = 20;

    private final ReleaseLookup releases;
    private final SettingsLookup settings;

    private final Languages languages;

    private final MessageSource messages;

    FeedController(ReleaseLookup releases, SettingsLookup settings, Languages languages, MessageSource messages) {
        this.messages = messages;
        this.releases = releases;
        this.settings = settings;
        this.languages = languages;
    }

    /** The feed of the address's language: {@code /feed.atom}, {@code /ko/feed.atom}. */
    @GetMapping("/feed.atom")
    ResponseEntity<String> atom(@RequestParam(required = false) String category, Locale language) throws FeedException {
        return feed("atom_1.0", "application/atom+xml", "/feed.atom", category, language);
    }

    @GetMapping("/feed.rss")
    ResponseEntity<String> rss(@RequestParam(required = false) String category, Locale language) throws FeedException {
        return feed("rss_2.0", "application/rss+xml", "/feed.rss", category, language);
    }

    private ResponseEntity<String> feed(String type, String contentType, String path, String category, Locale language)
            throws FeedException {
        List<PublicRelease> latest = releases.latest(ENTRIES, category, language)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such category"));
        Settings site = settings.current();
        String prefix = languages.prefix(language);
        String self = site.absolute(prefix + path + (category == null || category.isBlank() ? "" : "?category=" + category));
        var feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setTitle(messages.getMessage("layout.newsroom", new Object[] {site.companyName()}, language));
        feed.setDescription(site.boilerplate(language));
        feed.setLink(site.absolute(prefix + "/news"));
        feed.setUri(self);
        feed.setLanguage(language.toLanguageTag());
        var selfLink = new SyndLinkImpl();
        selfLink.setRel("self");
        selfLink.setHref(self);
        selfLink.setType(contentType);
        var alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setHref(site.absolute(prefix + "/news"));
        feed.setLinks(List.of(alternate, selfLink));
        feed.setPublishedDate(latest.isEmpty() ? null : Date.from(latest.get(0).publishedAt()));
        feed.setEntries(latest.stream().map(release -> entry(release, site,
                site.absolute(languages.releasePath(release.language(), release.slug())))).toList());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType + ";charset=UTF-8"))
                .body(new SyndFeedOutput().outputString(feed));
    }

    private static SyndEntry entry(PublicRelease release, Settings site, String url) {
        var entry = new SyndEntryImpl();
        entry.setTitle(release.title());
        entry.setLink(url);
        entry.setUri(url);
        entry.setPublishedDate(Date.from(release.publishedAt()));
        entry.setUpdatedDate(Date.from(release.updatedAt().isAfter(release.publishedAt())
                ? release.updatedAt() : release.publishedAt()));
        var summary = new SyndContentImpl();
        summary.setType("text/plain");
        summary.setValue(release.summary());
        entry.setDescription(summary);
        var category = new SyndCategoryImpl();
        category.setName(release.categoryName());
        entry.setCategories(List.of(category));
        entry.setAuthor(site.companyName());
        return entry;
    }
}
