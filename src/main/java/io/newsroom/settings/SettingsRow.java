package io.newsroom.settings;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
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

    private Instant updatedAt;

    @Version
    private long version;

    protected SettingsRow() {
    }

    static SettingsRow from(Site site, Instant now) {
        var row = new SettingsRow();
        row.id = ID;
        row.update(site.companyName(), site.logo() == null ? null : site.logo().id(), site.boilerplate(),
                site.mediaContact(), site.prTeam(), site.timeZone(), now);
        return row;
    }

    void update(String company, Long logo, String aboutText, Site.MediaContact contact, List<String> prTeam,
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

    String getCompanyName() {
        return companyName;
    }

    Long getLogoMediaId() {
        return logoMediaId;
    }

    String getBoilerplate() {
        return boilerplate;
    }

    Site.MediaContact mediaContact() {
        return new Site.MediaContact(mediaContactName, mediaContactEmail, mediaContactPhone);
    }

    List<String> prTeam() {
        return Arrays.stream(prTeamEmails.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
