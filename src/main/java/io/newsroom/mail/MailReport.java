package io.newsroom.mail;

/**
 * What became of a message after it left, as the bounce mailbox or the mail server told it:
 * published in the transaction that records it, for the feature that sent the message.
 *
 * @param messageId the outbox's id of the message, as {@link Outbox#enqueue} returned it
 * @param reference the sending feature's reference
 * @param detail    the status and the server's words for a bounce, else empty
 */
public record MailReport(Kind kind, long messageId, String reference, String address, String detail) {

    public enum Kind {
        /** The receiving server confirmed delivery (a DSN asked for with NOTIFY=SUCCESS). */
        DELIVERED,
        /** Refused for good, or soft bounces ran out: the address is now suppressed. */
        BOUNCED,
        /** Refused for now: the message is tried again later. */
        SOFT_BOUNCED,
        /** The recipient marked it as spam: the address is now suppressed. */
        COMPLAINED,
        /** The recipient answered it. */
        REPLIED
    }
}
