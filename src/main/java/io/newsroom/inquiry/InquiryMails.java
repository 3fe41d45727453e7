package io.newsroom.inquiry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.newsroom.account.StaffDirectory;
import io.newsroom.mail.MailTemplates;
import io.newsroom.mail.Outbox;
import io.newsroom.mail.OutgoingMail;
import io.newsroom.release.ReleaseLookup.ReleaseRef;
import io.newsroom.settings.Languages;
import io.newsroom.settings.Settings;
import io.newsroom.settings.SettingsLookup;

import org.springframework.stereotype.Component;

/**
 * The messages an inquiry causes, each with an HTML and a plain-text part from templates, put in
 * the outbox in the caller's transaction under the inquiry's reference; and their delivery state.
 */
@Component
class InquiryMails {

    private final MailTemplates templates;
    private final Outbox outbox;
    private final SettingsLookup settings;
    private final Languages languages;
    private final StaffDirectory staff;

    InquiryMails(MailTemplates templates, Outbox outbox, SettingsLookup settings,
                 Languages languages, StaffDirectory staff) {
        this.languages = languages;
        this.staff = staff;
        this.templates = templates;
        this.outbox = outbox;
        this.settings = settings;
    }

    void notifyTeam(Inquiry inquiry, ReleaseRef release) {
        notifications(inquiry, release, settings.current()).forEach(outbox::enqueue);
    }

    void acknowledge(Inquiry inquiry, ReleaseRef release) {
        outbox.enqueue(acknowledgement(inquiry, release, settings.current()));
    }

    void sendReply(Inquiry inquiry, String body, String staffName) {
        outbox.enqueue(reply(inquiry, body, staffName, settings.current()));
    }

    /** The delivery state of each message of this inquiry, oldest first. */
    List<Outbox.Delivery> deliveries(long inquiryId) {
        return outbox.sentAs(Inquiry.mailReference(inquiryId));
    }

    /** Sends a failed message of this inquiry again; empty when the inquiry has no such message. */
    Optional<Boolean> resend(long inquiryId, long messageId) {
        return outbox.resend(Inquiry.mailReference(inquiryId), messageId);
    }

    /**
     * To the PR team, with every field; answers go straight to the journalist. Each address gets it
     * in the language its member of staff works in (the newsroom's default for an address that is
     * no account's, or whose member did not choose): one message per language.
     */
    List<OutgoingMail> notifications(Inquiry inquiry, ReleaseRef release, Settings site) {
        var byLanguage = new LinkedHashMap<Locale, List<String>>();
        for (String address : site.prTeam()) {
            byLanguage.computeIfAbsent(staff.languageOf(address).orElse(site.language()), language -> new ArrayList<>())
                    .add(address);
        }
        var model = model(inquiry, release, site);
        return byLanguage.entrySet().stream().map(group -> {
            String subject = templates.text("mail.notification.subject", group.getKey(), inquiry.getReference(),
                    inquiry.getName(), inquiry.getOrganization());
            return mail("inquiry.notification", inquiry, group.getValue(), inquiry.getEmail(), subject, "mail/notification",
                    model, group.getKey());
        }).toList();
    }

    /** To the journalist: we have it, here is its reference, this is what happens next. */
    OutgoingMail acknowledgement(Inquiry inquiry, ReleaseRef release, Settings site) {
        var model = model(inquiry, release, site);
        var language = Locale.forLanguageTag(inquiry.getLanguage());
        String subject = templates.text("mail.acknowledgement.subject", language, site.companyName(), inquiry.getReference());
        return mail("inquiry.acknowledgement", inquiry, List.of(inquiry.getEmail()), site.mediaContact().email(),
                subject, "mail/acknowledgement", model, language);
    }

    /** A staff member's answer. */
    OutgoingMail reply(Inquiry inquiry, String body, String staffName, Settings site) {
        var model = Map.<String, Object>of("inquiry", inquiry, "site", site, "body", body, "staffName", staffName);
        var language = Locale.forLanguageTag(inquiry.getLanguage());
        String subject = templates.text("mail.reply.subject", language, inquiry.getReference(), site.companyName());
        return mail("inquiry.reply", inquiry, List.of(inquiry.getEmail()), site.mediaContact().email(), subject,
                "mail/reply", model, language);
    }

    private OutgoingMail mail(String kind, Inquiry inquiry, List<String> to, String replyTo, String subject,
                              String template, Map<String, Object> model, Locale language) {
        var parts = templates.render(template, model, language);
        return new OutgoingMail(kind, Inquiry.mailReference(inquiry.getId()), to, replyTo, subject, parts.text(), parts.html());
    }

    private Map<String, Object> model(Inquiry inquiry, ReleaseRef release, Settings site) {
        var model = new HashMap<String, Object>();
        model.put("inquiry", inquiry);
        model.put("release", release);
        model.put("site", site);
        model.put("adminLink", site.absolute("/admin/inquiries/" + inquiry.getId()));
        model.put("releaseLink", release == null ? null
                : site.absolute(languages.releasePath(release.language(), release.slug())));
        return model;
    }
}
