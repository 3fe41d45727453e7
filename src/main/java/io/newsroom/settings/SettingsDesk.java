package io.newsroom.settings;

import java.time.Clock;
import java.time.ZoneId;

import io.newsroom.account.Staff;
import io.newsroom.audit.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saving what an ADMIN set on the settings page: one transaction, audited. */
@Service
class SettingsDesk {

    private final SettingsRows rows;
    private final SettingsLookup settings;
    private final AuditLog audit;
    private final Clock clock;

    SettingsDesk(SettingsRows rows, SettingsLookup settings, AuditLog audit, Clock clock) {
        this.rows = rows;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Switches review before publishing (and four eyes with it) on or off, audited. */
    @Transactional
    void saveReview(Settings.Review review, Staff staff) {
        var now = clock.instant();
        var row = rows.findById(SettingsRow.ID).orElseGet(() -> SettingsRow.from(settings.current(), now));
        row.review(review, now);
        rows.save(row);
        audit.record(staff.actor(), "settings.review-changed", (review.required() ? "review on" : "review off")
                + (review.fourEyes() ? ", four eyes" : ""));
        settings.forget();
    }

    /** Saves the settings; the next page shows them, on every instance (the save moves the content version). */
    @Transactional
    void save(SettingsForm form, Long logoId, Staff staff) {
        var now = clock.instant();
        var contact = new Settings.MediaContact(form.contactName().strip(), form.contactEmail().strip(),
                form.contactPhone() == null || form.contactPhone().isBlank() ? null : form.contactPhone().strip());
        var row = rows.findById(SettingsRow.ID).orElseGet(() -> SettingsRow.from(settings.current(), now));
        row.update(form.companyName().strip(), logoId, form.boilerplate().strip(), contact, form.prTeamList(),
                ZoneId.of(form.timeZone()), now);
        var languages = settings.languages();
        var translations = new java.util.HashMap<String, String>();
        form.translatedBoilerplate().forEach((code, text) -> languages.byCode(code)
                .filter(language -> !languages.isDefault(language))
                .ifPresent(language -> translations.put(language.toLanguageTag(), text)));
        row.translate(translations);
        rows.save(row);
        audit.record(staff.actor(), "settings.changed", null);
        settings.forget();
    }
}
