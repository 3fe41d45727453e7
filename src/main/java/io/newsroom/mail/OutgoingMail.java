package io.newsroom.mail;

import java.util.List;

/**
 * A message to send, as a feature hands it to the {@link Outbox}.
 *
 * @param kind      what it is, for the admin ("inquiry.notification", ...)
 * @param reference what the sending feature calls it ("inquiry:42"), to find its messages later; or null
 * @param to        recipients
 * @param replyTo   where answers should go, or null
 * @param listUnsubscribe a one-click unsubscribe address for mailing-list mail, or null
 */
public record OutgoingMail(String kind, String reference, List<String> to, String replyTo, String subject, String text,
                           String html, String listUnsubscribe) {

    public OutgoingMail(String kind, String reference, List<String> to, String replyTo, String subject, String text,
                        String html) {
        this(kind, reference, to, replyTo, subject, text, html, null);
    }
}
