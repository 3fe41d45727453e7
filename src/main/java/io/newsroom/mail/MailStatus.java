package io.newsroom.mail;

public enum MailStatus {
    /** Waiting for its first or next attempt. */
    PENDING,
    SENT,
    /** Retries ran out; staff can resend it by hand. */
    FAILED
}
