package io.newsroom.settings;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The one row of site settings. */
@Entity
@Table(name = "site_settings")
class SettingsRow {

    static final int ID = 1;

    @Id
    private Integer id;

    private String companyName;

    private Long logoMediaId;

    private String boilerplate;

    private String mediaContactName;

    private String mediaContactEmail;

    private String mediaContactPhone;

    private String prTeamEmails;

    private String timeZone;

    /** The boilerplate in the newsroom's other languages, by language tag. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "site_boilerplate", joinColumns = @JoinColumn(name = "settings_id"))
    @MapKeyColumn(name = "language")
    @Column(name = "text")
    private Map<String, String> translatedBoilerplate = new HashMap<>();

    private boolean reviewRequired;

    private boolean reviewFourEyes;

    private Instant updatedAt;

    @Version
    private long version;

    protected SettingsRow() {
    }

    static SettingsRow from(Settings site, Instant now) {
        var row = new SettingsRow();
        row.id = ID;
        row.update(site.companyName(), site.logo() == null ? null : site.logo().id(), site.boilerplate(),
                site.mediaContact(), site.prTeam(), site.timeZone(), now);
        row.translate(site.translatedBoilerplate());
        row.review(site.review(), now);
        return row;
    }

    void update(String company, Long logo, String aboutText, Settings.MediaContact contact, List<String> prTeam,
                ZoneId zone, Instant now) {
        companyName = company;
        logoMediaId = logo;
        boilerplate = aboutText;
        mediaContactName = contact.name();
        mediaContactEmail = contact.email();
        mediaContactPhone = contact.phone();
        prTeamEmails = String.join(",", prTeam);
        timeZone = zone.getId();
        updatedAt = now;
    }

    /** Replaces the boilerplate's translations; a blank one is dropped (the default language's shows instead). */
    void translate(Map<String, String> translations) {
        translatedBoilerplate.clear();
        translations.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                translatedBoilerplate.put(language, text.strip());
            }
        });
    }

    Map<String, String> getTranslatedBoilerplate() {
        return Map.copyOf(translatedBoilerplate);
    }

    String getCompanyName() {
        return companyName;
    }

    Long getLogoMediaId() {
        return logoMediaId;
    }

    String getBoilerplate() {
        return boilerplate;
    }

    Settings.Review review() {
        return new Settings.Review(reviewRequired, reviewRequired && reviewFourEyes);
    }

    void review(Settings.Review review, Instant now) {
        reviewRequired = review.required();
        reviewFourEyes = review.fourEyes();
        updatedAt = now;
    }

    Settings.MediaContact mediaContact() {
        return new Settings.MediaContact(mediaContactName, mediaContactEmail, mediaContactPhone);
    }

    List<String> prTeam() {
        return Arrays.stream(prTeamEmails.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
