package io.newsroom.settings;

import java.util.Map;

import io.newsroom.media.MediaLibrary;
import io.newsroom.pagecache.ContentVersion;
import io.newsroom.web.DatabaseUnavailable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current {@link Settings}: the settings row when an ADMIN has saved one, else the properties.
 * Kept in memory until the content version moves (a save here or on another instance, a new logo),
 * so a page costs no extra query and never pairs new content with old settings.
 */
@Service
public class SettingsLookup {

    private static final Logger log = LoggerFactory.getLogger(SettingsLookup.class);

    private final SettingsRows rows;
    private final NewsroomProperties defaults;
    private final Languages languages;
    private final MediaLibrary media;
    private final ContentVersion versions;

    private volatile Cached cached;

    private record Cached(Settings site, String versionTag) {
    }

    SettingsLookup(SettingsRows rows, NewsroomProperties defaults, MediaLibrary media, ContentVersion versions,
                 Languages languages) {
        this.languages = languages;
        this.rows = rows;
        this.defaults = defaults;
        this.media = media;
        this.versions = versions;
    }

    /**
     * The settings, from memory while the content version is unchanged. When the database cannot
     * be read, the last settings read (or the properties, before any) serve on, so that pages
     * needing nothing else (the contact form, the privacy notice, error pages) never wait on or
     * fail with the database.
     */
    public Settings current() {
        var entry = cached;
        try {
            String tag = versions.current().tag();
            if (entry == null || !entry.versionTag().equals(tag)) {
                entry = new Cached(load(), tag);
                cached = entry;
            }
            return entry.site();
        } catch (RuntimeException failure) {
            if (!DatabaseUnavailable.is(failure)) {
                throw failure;
            }
            log.warn("Site settings could not be read ({}); serving the last known ones", failure.getMessage());
            return entry == null ? fromProperties() : entry.site();
        }
    }

    /** The languages the newsroom speaks. */
    public Languages languages() {
        return languages;
    }

    /** Drops the cached settings: the next page reads them again. */
    void forget() {
        cached = null;
    }

    Long currentLogoId() {
        var logo = current().logo();
        return logo == null ? null : logo.id();
    }

    @Transactional(readOnly = true)
    Settings load() {
        var base = fromProperties();
        return rows.findById(SettingsRow.ID).map(row -> new Settings(row.getCompanyName(), base.companyUrl(),
                        media.find(row.getLogoMediaId()).orElse(null), row.getBoilerplate(), row.mediaContact(),
                        row.prTeam(), base.language(), row.zone(), base.pageSize(), base.baseUrl(),
                        row.getTranslatedBoilerplate(), row.review()))
                .orElse(base);
    }

    private Settings fromProperties() {
        var contact = defaults.mediaContact();
        return new Settings(defaults.companyName(), defaults.companyUrl(), null, defaults.boilerplate(),
                new Settings.MediaContact(contact.name(), contact.email(), contact.phone()), defaults.prTeam(),
                defaults.language(), defaults.timeZone(), defaults.pageSize(), defaults.baseUrl(),
                Map.copyOf(defaults.translatedBoilerplate()), Settings.Review.OFF);
    }
}
