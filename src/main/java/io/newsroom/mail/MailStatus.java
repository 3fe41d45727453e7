package io.newsroom.mail;

public enum MailStatus {
    /** Waiting for its first or next attempt. */
    PENDING,
    SENT,
    /** Retries ran out; staff can resend it by hand. */
    FAILED,
    /** Not sent: mail to a list, and the address is on the suppression list. */
    SUPPRESSED,
    /** Not sent: what it belonged to was stopped before its turn. */
    CANCELLED
}
