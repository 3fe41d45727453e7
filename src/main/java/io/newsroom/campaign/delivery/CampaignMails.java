package io.newsroom.campaign.delivery;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.newsroom.campaign.model.Campaign;
import io.newsroom.campaign.model.CampaignProperties;
import io.newsroom.campaign.model.MergeFields;
import io.newsroom.mail.MailTemplates;
import io.newsroom.mail.OutgoingMail;
import io.newsroom.release.ReleaseMailing;
import io.newsroom.settings.Settings;
import io.newsroom.settings.SettingsLookup;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One campaign message for one recipient, in their language: the subject and personal note with
 * their merge fields filled in, the release in the version of their language (or the campaign's
 * own), a personal embargo link while the release is embargoed, tracked links if the campaign asks,
 * and a footer that says why they get it, where the company is, and how to stop it.
 */
@Component
public class CampaignMails {

    private final MailTemplates templates;
    private final SettingsLookup settings;
    private final ReleaseMailing releases;
    private final LinkSigner signer;
    private final CampaignProperties properties;

    CampaignMails(MailTemplates templates, SettingsLookup settings, ReleaseMailing releases, LinkSigner signer,
                  CampaignProperties properties) {
        this.templates = templates;
        this.settings = settings;
        this.releases = releases;
        this.signer = signer;
        this.properties = properties;
    }

    /** Who a message is for, as merge fields and links need them. */
    public record Addressee(String email, String firstName, String lastName, String outlet, String language,
                            String token) {
    }

    /** A rendered message: what the outbox gets, with the body's inner HTML for a preview. */
    public record Rendered(OutgoingMail mail, String previewHtml, ReleaseMailing.Version version) {
    }

    public List<ReleaseMailing.Version> versions(Campaign campaign) {
        return releases.versions(campaign.getReleaseId());
    }

    /** The version in the addressee's language, else the campaign's own release; empty when neither may be mailed. */
    public Optional<ReleaseMailing.Version> versionFor(String language, List<ReleaseMailing.Version> versions,
                                                       long releaseId) {
        if (language != null) {
            String primary = Locale.forLanguageTag(language).getLanguage();
            var match = versions.stream().filter(v -> v.language().equals(language)).findFirst()
                    .or(() -> versions.stream().filter(v -> Locale.forLanguageTag(v.language()).getLanguage()
                            .equals(primary)).findFirst());
            if (match.isPresent()) {
                return match;
            }
        }
        return versions.stream().filter(v -> v.id() == releaseId).findFirst();
    }

    /**
     * A personal embargo link for one addressee, made in the caller's transaction. Its label names
     * the campaign and the recipient's number, not the person: erasing them leaves nothing in it.
     */
    public String embargoLink(ReleaseMailing.Version version, String label, Campaign campaign) {
        return releases.embargoLink(version.id(), label, campaign.getCreatedByName());
    }

    public Rendered render(Campaign campaign, Addressee to, ReleaseMailing.Version version, String embargoToken,
                           String kind) {
        var site = settings.current();
        var locale = Locale.forLanguageTag(version.language());
        var values = new HashMap<String, String>();
        values.put("first_name", to.firstName());
        values.put("last_name", to.lastName());
        String name = ((to.firstName() == null ? "" : to.firstName()) + " " + (to.lastName() == null ? "" : to.lastName())).strip();
        values.put("name", name);
        values.put("outlet", to.outlet());
        String subject = MergeFields.fill(campaign.getSubject(), values, text -> text);
        String until = version.embargoed() ? when(version.liftsAt(), site, locale) : null;
        if (until != null) {
            subject = templates.text("mail.campaign.embargoed-subject", locale, until, subject);
        }
        String link = embargoToken != null ? site.absolute("/news/preview/" + embargoToken)
                : site.absolute(version.path());
        String unsubscribe = site.absolute("/mail/unsubscribe/" + to.token());
        var model = new HashMap<String, Object>();
        model.put("site", site);
        model.put("release", version);
        model.put("noteHtml", MergeFields.fill(campaign.getNote(), values, HtmlUtils::htmlEscape).replace("\n", "<br>"));
        model.put("noteText", MergeFields.fill(campaign.getNote(), values, text -> text));
        model.put("bodyHtml", body(version.bodyHtml(), site, campaign.isTrackClicks() ? to.token() : null));
        model.put("bodyText", Jsoup.parse(version.bodyHtml()).body().wholeText().strip());
        model.put("link", campaign.isTrackClicks() ? tracked(site, to.token(), link) : link);
        model.put("plainLink", link);
        model.put("embargoUntil", until);
        model.put("unsubscribeLink", unsubscribe);
        model.put("postalAddress", properties.postalAddress());
        model.put("pixel", campaign.isTrackOpens() ? site.absolute("/mail/o/" + to.token() + ".gif") : null);
        var parts = templates.render("mail/campaign", model, locale);
        var mail = new OutgoingMail(kind, (kind.equals("campaign") ? "campaign:" : "campaign-test:") + campaign.getId(),
                List.of(to.email()), site.mediaContact().email(), subject, parts.text(), parts.html(), unsubscribe);
        return new Rendered(mail, Jsoup.parse(parts.html()).body().html(), version);
    }

    private static String when(Instant at, Settings site, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .withZone(site.timeZone()).format(at) + " " + DateTimeFormatter.ofPattern("zzz", locale)
                .withZone(site.timeZone()).format(at);
    }

    /** The release's HTML with addresses made absolute, and its links tracked when a token is given. */
    private String body(String html, Settings site, String trackingToken) {
        Document document = Jsoup.parseBodyFragment(html, site.absolute("/"));
        for (Element image : document.select("img[src]")) {
            image.attr("src", image.absUrl("src"));
        }
        for (Element anchor : document.select("a[href]")) {
            String target = anchor.absUrl("href");
            if (target.startsWith("http://") || target.startsWith("https://")) {
                anchor.attr("href", trackingToken == null ? target : tracked(site, trackingToken, target));
            }
        }
        return document.body().html();
    }

    private String tracked(Settings site, String token, String url) {
        return site.absolute(UriComponentsBuilder.fromPath("/mail/c/" + token).queryParam("u", url)
                .queryParam("s", signer.sign(token, url)).encode().build().toUriString());
    }
}
