package io.newsroom.campaign.site;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

import io.newsroom.campaign.delivery.LinkSigner;
import io.newsroom.campaign.model.Recipient;
import io.newsroom.campaign.model.Recipients;
import io.newsroom.mail.Suppressions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What recipients do with a campaign message: unsubscribe, follow a link, open it. */
@Service
class Responses {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,40}");

    private final Recipients recipients;
    private final Suppressions suppressions;
    private final LinkSigner signer;
    private final Clock clock;

    Responses(Recipients recipients, Suppressions suppressions, LinkSigner signer, Clock clock) {
        this.recipients = recipients;
        this.suppressions = suppressions;
        this.signer = signer;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Optional<Recipient> recipient(String token) {
        return TOKEN.matcher(token).matches() ? recipients.findByToken(token) : Optional.empty();
    }

    /** No campaign or alert mails this address again. Empty for an unknown token. */
    @Transactional
    Optional<Recipient> unsubscribe(String token) {
        return recipient(token).map(recipient -> {
            recipient.unsubscribed(clock.instant());
            if (!recipient.getEmail().startsWith("forgotten:")) {
                suppressions.suppress(recipient.getEmail(), Suppressions.Reason.UNSUBSCRIBED);
            }
            return recipients.save(recipient);
        });
    }

    /** Where a tracked link leads, counted; empty unless its signature is right. */
    @Transactional
    Optional<String> click(String token, String url, String signature) {
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))
                || !signer.verify(token, url, signature)) {
            return Optional.empty();
        }
        return recipient(token).map(recipient -> {
            recipient.clicked(clock.instant());
            recipients.save(recipient);
            return url;
        });
    }

    @Transactional
    void opened(String token) {
        recipient(token).ifPresent(recipient -> {
            recipient.opened(clock.instant());
            recipients.save(recipient);
        });
    }
}
