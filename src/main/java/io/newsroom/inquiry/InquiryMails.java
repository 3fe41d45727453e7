package io.newsroom.inquiry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.newsroom.mail.MailTemplates;
import io.newsroom.mail.OutgoingMail;
import io.newsroom.release.ReleaseLookup.ReleaseRef;
import io.newsroom.settings.Site;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The messages an inquiry causes, each with an HTML and a plain-text part from templates. */
@Component
class InquiryMails {

    private final MailTemplates templates;
    private final MessageSource messages;

    InquiryMails(MailTemplates templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    /** To the PR team, with every field; answers go straight to the journalist. */
    OutgoingMail notification(Inquiry inquiry, ReleaseRef release, Site site) {
        var model = model(inquiry, release, site);
        String subject = messages.getMessage("mail.notification.subject",
                new Object[] {inquiry.getReference(), inquiry.getName(), inquiry.getOrganization()}, site.language());
        return mail("inquiry.notification", inquiry, site.prTeam(), inquiry.getEmail(), subject, "mail/notification", model, site);
    }

    /** To the journalist: we have it, here is its reference, this is what happens next. */
    OutgoingMail acknowledgement(Inquiry inquiry, ReleaseRef release, Site site) {
        var model = model(inquiry, release, site);
        String subject = messages.getMessage("mail.acknowledgement.subject",
                new Object[] {site.companyName(), inquiry.getReference()}, site.language());
        return mail("inquiry.acknowledgement", inquiry, List.of(inquiry.getEmail()), site.mediaContact().email(),
                subject, "mail/acknowledgement", model, site);
    }

    /** A staff member's answer. */
    OutgoingMail reply(Inquiry inquiry, String body, String staffName, Site site) {
        var model = Map.<String, Object>of("inquiry", inquiry, "site", site, "body", body, "staffName", staffName);
        String subject = messages.getMessage("mail.reply.subject", new Object[] {inquiry.getReference(), site.companyName()},
                site.language());
        return mail("inquiry.reply", inquiry, List.of(inquiry.getEmail()), site.mediaContact().email(), subject,
                "mail/reply", model, site);
    }

    private OutgoingMail mail(String kind, Inquiry inquiry, List<String> to, String replyTo, String subject,
                              String template, Map<String, Object> model, Site site) {
        var parts = templates.render(template, model, site.language());
        return new OutgoingMail(kind, Inquiry.mailReference(inquiry.getId()), to, replyTo, subject, parts.text(), parts.html());
    }

    private static Map<String, Object> model(Inquiry inquiry, ReleaseRef release, Site site) {
        var model = new HashMap<String, Object>();
        model.put("inquiry", inquiry);
        model.put("release", release);
        model.put("site", site);
        model.put("adminLink", site.absolute("/admin/inquiries/" + inquiry.getId()));
        model.put("releaseLink", release == null ? null : site.absolute("/news/" + release.slug()));
        return model;
    }
}
