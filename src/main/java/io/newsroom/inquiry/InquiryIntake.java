package io.newsroom.inquiry;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import io.newsroom.release.ReleaseLookup;
import io.newsroom.settings.SettingsLookup;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files an inquiry: the inquiry and its two messages are written in one transaction. Mail goes
 * out later, so the journalist's page never waits on, or fails with, the mail server.
 */
@Service
class InquiryIntake {

    /** Acknowledgements one address receives per 24 hours; the PR team hears of every inquiry. */
    static final int ACKNOWLEDGEMENTS_A_DAY = 3;

    private final Inquiries inquiries;
    private final InquiryMails mails;
    private final ReleaseLookup releases;
    private final SettingsLookup settings;
    private final Clock clock;

    InquiryIntake(Inquiries inquiries, InquiryMails mails, ReleaseLookup releases, SettingsLookup settings, Clock clock) {
        this.inquiries = inquiries;
        this.mails = mails;
        this.releases = releases;
        this.settings = settings;
        this.clock = clock;
    }

    /** Stores the inquiry; a spam one gets no mail. Returns its reference. */
    @Transactional
    String file(InquiryForm form, String token, String ip, String spamReason, Locale language) {
        var site = settings.current();
        var release = form.release() == null ? null : releases.findPublic(form.release()).orElse(null);
        var inquiry = inquiries.saveAndFlush(new Inquiry(form, release == null ? null : release.id(), token, ip,
                spamReason, language, clock.instant()));
        inquiry.assignReference(site.timeZone());
        if (!inquiry.isSpam()) {
            mails.notifyTeam(inquiry, release);
            // nobody has confirmed this address: a few acknowledgements a day at most, so the form
            // cannot be used to flood someone else's inbox from the company's address
            if (inquiries.countFrom(inquiry.getEmail(), clock.instant().minus(Duration.ofDays(1))) <= ACKNOWLEDGEMENTS_A_DAY) {
                mails.acknowledge(inquiry, release);
            }
            inquiry.announce(release == null ? null : release.slug());
            inquiries.save(inquiry);
        }
        return inquiry.getReference();
    }
}
