package io.newsroom.alert;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.newsroom.mail.AddressForgotten;
import io.newsroom.mail.MailTemplates;
import io.newsroom.mail.Outbox;
import io.newsroom.mail.OutgoingMail;
import io.newsroom.release.ReleasePublished;
import io.newsroom.settings.Languages;
import io.newsroom.settings.SettingsLookup;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Email alerts for new releases: double opt-in, one message per release and subscriber ever, each
 * with a one-click unsubscribe. Everything goes through the outbox.
 */
@Service
class Alerts {

    static final Duration CONFIRM_WITHIN = Duration.ofHours(48);

    /** One confirmation mail per address per day, however often the form is sent for it. */
    static final Duration CONFIRMATION_GAP = Duration.ofHours(24);

    private final Subscribers subscribers;
    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final AlertMails mails;
    private final Clock clock;

    Alerts(Subscribers subscribers, JdbcClient jdbc, Outbox outbox, AlertMails mails, Clock clock) {
        this.subscribers = subscribers;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.mails = mails;
        this.clock = clock;
    }

    /** Subscribers whose address contains a LIKE pattern (all for null), a page at a time. */
    @Transactional(readOnly = true)
    Page<Subscriber> subscribers(String emailLike, Pageable page) {
        return subscribers.search(emailLike, page);
    }

    /** Every subscriber whose address contains a LIKE pattern (all for null), for the export. */
    @Transactional(readOnly = true)
    List<Subscriber> export(String emailLike) {
        return subscribers.export(emailLike);
    }

    @Transactional(readOnly = true)
    long count(Subscriber.Status status) {
        return subscribers.countByStatus(status);
    }

    /**
     * Sends a confirmation link (at most one a day per address); says nothing different whether the
     * address is new or known. A confirmed subscription changes only once its owner confirms.
     */
    @Transactional
    void subscribe(String email, List<String> categorySlugs, List<String> languageTags, Locale asked) {
        var now = clock.instant();
        String address = email.strip().toLowerCase(Locale.ROOT);
        var subscriber = subscribers.findByEmail(address).orElseGet(() -> subscribers.save(new Subscriber(address, now)));
        if (subscriber.requestConfirmation(categorySlugs, languageTags, now, CONFIRM_WITHIN, CONFIRMATION_GAP)) {
            outbox.enqueue(mails.confirmation(subscriber, asked));
        }
    }

    @Transactional
    Optional<Subscriber> confirm(String token) {
        return subscribers.findByConfirmToken(token).filter(subscriber -> subscriber.confirm(clock.instant()));
    }

    @Transactional
    boolean unsubscribe(String token) {
        return subscribers.findByUnsubscribeToken(token).map(subscriber -> {
            subscriber.unsubscribe(clock.instant());
            return true;
        }).orElse(false);
    }

    /** An ADMIN removes a subscriber (a request to be forgotten): the address and its alerts go. */
    @Transactional
    void remove(long subscriberId) {
        subscribers.findById(subscriberId).ifPresent(subscribers::delete);
    }

    /** Someone asked to be forgotten: their subscription goes, with its alerts. */
    @EventListener
    public void onForgotten(AddressForgotten forgotten) {
        subscribers.findByEmail(forgotten.address()).ifPresent(subscribers::delete);
    }

    /** In the publishing transaction: the alerts exist exactly when the release became public. */
    @EventListener
    @Transactional
    public void onPublished(ReleasePublished release) {
        for (var subscriber : subscribers.findByStatus(Subscriber.Status.CONFIRMED)) {
            if (subscriber.wants(release.categorySlug(), release.language())
                    && firstAlert(release.releaseId(), subscriber.getId())) {
                outbox.enqueue(mails.alert(release, subscriber));
            }
        }
    }

    /** Records the alert; false when this subscriber already had one for this release. */
    private boolean firstAlert(long releaseId, long subscriberId) {
        return jdbc.sql("insert into release_alert (release_id, subscriber_id, created_at) select :release, :subscriber,"
                        + " :now where not exists (select 1 from release_alert where release_id = :release"
                        + " and subscriber_id = :subscriber)")
                .param("release", releaseId).param("subscriber", subscriberId)
                .param("now", Timestamp.from(clock.instant())).update() == 1;
    }

    @Component
    static class AlertMails {

        private final MailTemplates templates;
        private final MessageSource messages;
        private final SettingsLookup settings;
        private final Languages languages;

        AlertMails(MailTemplates templates, MessageSource messages, SettingsLookup settings, Languages languages) {
            this.templates = templates;
            this.messages = messages;
            this.settings = settings;
            this.languages = languages;
        }

        /** In the language of the page the address was given on; its links lead to pages in it. */
        OutgoingMail confirmation(Subscriber subscriber, Locale language) {
            var site = settings.current();
            String prefix = languages.prefix(language);
            var model = new HashMap<String, Object>();
            model.put("site", site);
            model.put("confirmLink", site.absolute(prefix + "/alerts/confirm?token=" + subscriber.getConfirmToken()));
            model.put("hours", CONFIRM_WITHIN.toHours());
            var parts = templates.render("mail/alert-confirm", model, language);
            return new OutgoingMail("alert.confirmation", null, List.of(subscriber.getEmail()), null,
                    messages.getMessage("mail.alert-confirm.subject", new Object[] {site.companyName()}, language),
                    parts.text(), parts.html());
        }

        /** In the release's language. */
        OutgoingMail alert(ReleasePublished release, Subscriber subscriber) {
            var site = settings.current();
            var language = Locale.forLanguageTag(release.language());
            String unsubscribe = site.absolute(languages.prefix(language) + "/alerts/unsubscribe/"
                    + subscriber.getUnsubscribeToken());
            var model = new HashMap<String, Object>();
            model.put("site", site);
            model.put("release", release);
            model.put("link", site.absolute(languages.releasePath(release.language(), release.slug())));
            model.put("unsubscribeLink", unsubscribe);
            var parts = templates.render("mail/alert", model, language);
            return new OutgoingMail("alert.release", null, List.of(subscriber.getEmail()), site.mediaContact().email(),
                    messages.getMessage("mail.alert.subject", new Object[] {site.companyName(), release.title()},
                            language), parts.text(), parts.html(), unsubscribe);
        }
    }
}
