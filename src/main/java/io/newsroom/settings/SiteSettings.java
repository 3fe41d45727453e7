package io.newsroom.settings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import io.newsroom.account.Staff;
import io.newsroom.audit.AuditLog;
import io.newsroom.media.MediaLibrary;
import io.newsroom.web.DatabaseUnavailable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current {@link Site}: the settings row when an ADMIN has saved one, else the properties.
 * Cached for a few seconds, so a page costs no extra query; another instance sees a change
 * within {@link #FRESH_FOR}.
 */
@Service
public class SiteSettings {

    static final Duration FRESH_FOR = Duration.ofSeconds(10);
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(SiteSettings.class);

    private final SettingsRows rows;
    private final SiteProperties defaults;
    private final MediaLibrary media;
    private final AuditLog audit;
    private final Clock clock;

    private volatile Cached cached;

    private record Cached(Site site, Instant until) {
    }

    SiteSettings(SettingsRows rows, SiteProperties defaults, MediaLibrary media, AuditLog audit, Clock clock) {
        this.rows = rows;
        this.defaults = defaults;
        this.media = media;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The settings, from memory when fresh. When the database cannot be read, the last settings
     * read (or the properties, before any) serve on, so that pages needing nothing else (the
     * contact form, the privacy notice, error pages) never wait on or fail with the database.
     */
    public Site current() {
        var now = clock.instant();
        var entry = cached;
        if (entry == null || now.isAfter(entry.until()) || now.isBefore(entry.until().minus(FRESH_FOR))) {
            try {
                entry = new Cached(load(), now.plus(FRESH_FOR));
            } catch (RuntimeException failure) {
                if (!DatabaseUnavailable.is(failure)) {
                    throw failure;
                }
                log.warn("Site settings could not be read ({}); serving the last known ones", failure.getMessage());
                entry = new Cached(entry == null ? fromProperties() : entry.site(), now.plus(RETRY_AFTER_FAILURE));
            }
            cached = entry;
        }
        return entry.site();
    }

    /** Saves what an ADMIN set; the next page shows it. */
    @Transactional
    void save(SettingsForm form, Long logoId, Staff staff) {
        var now = clock.instant();
        var contact = new Site.MediaContact(form.contactName().strip(), form.contactEmail().strip(),
                form.contactPhone() == null || form.contactPhone().isBlank() ? null : form.contactPhone().strip());
        var row = rows.findById(SettingsRow.ID).orElseGet(() -> SettingsRow.from(current(), now));
        row.update(form.companyName().strip(), logoId, form.boilerplate().strip(), contact, form.prTeamList(),
                ZoneId.of(form.timeZone()), now);
        rows.save(row);
        audit.record(staff.actor(), "settings.changed", null);
        forget();
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
    Site load() {
        var base = fromProperties();
        return rows.findById(SettingsRow.ID).map(row -> new Site(row.getCompanyName(), base.companyUrl(),
                        media.find(row.getLogoMediaId()).orElse(null), row.getBoilerplate(), row.mediaContact(),
                        row.prTeam(), base.language(), row.zone(), base.pageSize(), base.baseUrl()))
                .orElse(base);
    }

    private Site fromProperties() {
        var contact = defaults.mediaContact();
        return new Site(defaults.companyName(), defaults.companyUrl(), null, defaults.boilerplate(),
                new Site.MediaContact(contact.name(), contact.email(), contact.phone()), defaults.prTeam(),
                defaults.language(), defaults.timeZone(), defaults.pageSize(), defaults.baseUrl());
    }
}
