package io.newsroom.release.model;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import io.newsroom.account.StaffDirectory;
import io.newsroom.mail.MailTemplates;
import io.newsroom.mail.Outbox;
import io.newsroom.mail.OutgoingMail;
import io.newsroom.settings.SettingsLookup;

import org.springframework.context.MessageSource;
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
    private final MessageSource messages;
    private final SettingsLookup settings;

    ReviewMails(StaffDirectory staff, Outbox outbox, MailTemplates templates, MessageSource messages,
                SettingsLookup settings) {
        this.staff = staff;
        this.outbox = outbox;
        this.templates = templates;
        this.messages = messages;
        this.settings = settings;
    }

    @EventListener
    void requested(ReviewEvents.Requested requested) {
        // one message per reviewer: none learns the others' addresses, and no list outgrows a header
        for (var reviewer : staff.reviewers()) {
            if (reviewer.id() != requested.submitterId()) {
                outbox.enqueue(mail("review.submitted", requested.releaseId(), List.of(reviewer.email()),
                        text("mail.review.submitted.subject", requested.title()),
                        text("mail.review.submitted.body", requested.submitterName(), requested.title()), null));
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
        var to = List.of(submitter.get().email());
        if (decided.approved()) {
            var site = settings.current();
            String outcome = decided.scheduledAt() == null ? text("mail.review.approved.published")
                    : text("mail.review.approved.scheduled", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")
                            .format(decided.scheduledAt().atZone(site.timeZone())));
            outbox.enqueue(mail("review.approved", decided.releaseId(), to, text("mail.review.approved.subject", decided.title()),
                    text("mail.review.approved.body", decided.reviewerName(), decided.title(), outcome), null));
        } else {
            outbox.enqueue(mail("review.returned", decided.releaseId(), to, text("mail.review.returned.subject", decided.title()),
                    text("mail.review.returned.body", decided.reviewerName(), decided.title()), decided.comment()));
        }
    }

    private OutgoingMail mail(String kind, long releaseId, List<String> to, String subject, String line, String comment) {
        var site = settings.current();
        var model = new HashMap<String, Object>();
        model.put("site", site);
        model.put("title", subject);
        model.put("line", line);
        model.put("comment", comment);
        model.put("link", site.absolute("/admin/releases/" + releaseId));
        var parts = templates.render("mail/review", model, Locale.ENGLISH);
        return new OutgoingMail(kind, "release:" + releaseId, to, null, subject, parts.text(), parts.html());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ENGLISH);
    }
}
