package io.newsroom.release.model;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import io.newsroom.account.StaffDirectory;
import io.newsroom.mail.MailTemplates;
import io.newsroom.mail.Outbox;
import io.newsroom.mail.OutgoingMail;
import io.newsroom.settings.Languages;
import io.newsroom.settings.SettingsLookup;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails about review before publishing: to the reviewers when a release is submitted, to the one who
 * submitted it when it is approved or sent back. Queued in the outbox in the transaction of the
 * change, so a review step and its mail are kept or lost together. The admin speaks English, so do these.
 */
@Component
class ReviewMails {

    private final StaffDirectory staff;
    private final Outbox outbox;
    private final MailTemplates templates;
    private final SettingsLookup settings;
    private final Languages languages;

    ReviewMails(StaffDirectory staff, Outbox outbox, MailTemplates templates, SettingsLookup settings,
                Languages languages) {
        this.languages = languages;
        this.staff = staff;
        this.outbox = outbox;
        this.templates = templates;
        this.settings = settings;
    }

    @EventListener
    void requested(ReviewEvents.Requested requested) {
        // one message per reviewer, in their language: none learns the others' addresses
        for (var reviewer : staff.reviewers()) {
            if (reviewer.id() != requested.submitterId()) {
                var language = reviewer.languageOr(languages.defaultLanguage());
                outbox.enqueue(mail("review.submitted", requested.releaseId(), reviewer.email(), language,
                        text(language, "mail.review.submitted.subject", requested.title()),
                        text(language, "mail.review.submitted.body", requested.submitterName(), requested.title()), null));
            }
        }
    }

    @EventListener
    void decided(ReviewEvents.Decided decided) {
        if (decided.submitterId() == null || decided.submitterId() == decided.reviewerId()) {
            return;
        }
        var submitter = staff.find(decided.submitterId());
        if (submitter.isEmpty()) {
            return;
        }
        var to = submitter.get().email();
        var language = submitter.get().languageOr(languages.defaultLanguage());
        if (decided.approved()) {
            String outcome = decided.scheduledAt() == null ? text(language, "mail.review.approved.published")
                    : text(language, "mail.review.approved.scheduled", when(decided.scheduledAt(), language));
            outbox.enqueue(mail("review.approved", decided.releaseId(), to, language,
                    text(language, "mail.review.approved.subject", decided.title()),
                    text(language, "mail.review.approved.body", decided.reviewerName(), decided.title(), outcome), null));
        } else {
            outbox.enqueue(mail("review.returned", decided.releaseId(), to, language,
                    text(language, "mail.review.returned.subject", decided.title()),
                    text(language, "mail.review.returned.body", decided.reviewerName(), decided.title()), decided.comment()));
        }
    }

    /** A moment as the language writes it, in the newsroom's time zone: "7 December 2026, 10:00 KST", "2026년 12월 7일 오전 10:00 KST". */
    String when(Instant moment, Locale language) {
        var zone = settings.current().timeZone();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(language)
                .format(moment.atZone(zone)) + " " + DateTimeFormatter.ofPattern("z", language).format(moment.atZone(zone));
    }

    private OutgoingMail mail(String kind, long releaseId, String to, Locale language, String subject, String line,
                              String comment) {
        var site = settings.current();
        var model = new HashMap<String, Object>();
        model.put("site", site);
        model.put("title", subject);
        model.put("line", line);
        model.put("comment", comment);
        model.put("link", site.absolute("/admin/releases/" + releaseId));
        var parts = templates.render("mail/review", model, language);
        return new OutgoingMail(kind, "release:" + releaseId, List.of(to), null, subject, parts.text(), parts.html());
    }

    private String text(Locale language, String key, Object... arguments) {
        return templates.text(key, language, arguments);
    }
}
