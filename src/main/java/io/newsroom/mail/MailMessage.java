package io.newsroom.mail;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One message in the outbox, with its delivery history. */
@Entity
@Table(name = "mail_message")
class MailMessage {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String kind;

    /** The sending feature's reference ("inquiry:42"), or null. */
    private String reference;

    private String recipients;

    private String replyTo;

    private String subject;

    private String textBody;

    private String htmlBody;

    private String listUnsubscribe;

    @Enumerated(EnumType.STRING)
    private MailStatus status;

    private int attempts;

    private Instant nextAttemptAt;

    private Instant giveUpAt;

    private Instant claimedUntil;

    private String lastError;

    private Instant sentAt;

    private Instant createdAt;

    /** For mail to a list: the return path's token, bounces+token@, so that a bounce names this message. */
    private String verpToken;

    private int softBounces;

    protected MailMessage() {
    }

    MailMessage(OutgoingMail mail, Instant now, Duration keepTrying) {
        this.kind = mail.kind();
        this.reference = mail.reference();
        this.recipients = String.join(",", mail.to());
        this.replyTo = mail.replyTo();
        this.subject = mail.subject();
        this.textBody = mail.text();
        this.htmlBody = mail.html();
        this.listUnsubscribe = mail.listUnsubscribe();
        this.status = MailStatus.PENDING;
        this.nextAttemptAt = now;
        this.giveUpAt = now.plus(keepTrying);
        this.createdAt = now;
        if (mail.listUnsubscribe() != null) {
            byte[] random = new byte[15];
            RANDOM.nextBytes(random);
            this.verpToken = Base64.getUrlEncoder().withoutPadding().encodeToString(random).toLowerCase(Locale.ROOT)
                    .replace('_', '0').replace('-', '1');
        }
    }

    /** Mail to a list (alerts, campaigns): it carries a one-click unsubscribe, and goes to no suppressed address. */
    boolean isBulk() {
        return listUnsubscribe != null;
    }

    /** Not sent: the address asked for no more such mail, or bounced. */
    void suppressed(Instant now) {
        claimedUntil = null;
        status = MailStatus.SUPPRESSED;
        lastError = null;
        nextAttemptAt = now;
    }

    /** Not sent, as what it belonged to was stopped; false when it was sent or is being sent already. */
    boolean cancel(Instant now) {
        if (status != MailStatus.PENDING || (claimedUntil != null && claimedUntil.isAfter(now))) {
            return false;
        }
        status = MailStatus.CANCELLED;
        return true;
    }

    /**
     * The receiving server gave up for now after taking it: it is sent again later, up to {@code limit}
     * soft bounces; true when that limit is reached and the address is to be suppressed.
     */
    boolean softBounced(Instant now, Duration retryAfter, int limit) {
        softBounces++;
        if (softBounces >= limit || status != MailStatus.SENT) {
            return softBounces >= limit;
        }
        status = MailStatus.PENDING;
        nextAttemptAt = now.plus(retryAfter);
        giveUpAt = nextAttemptAt.plus(retryAfter);
        return false;
    }

    void sent(Instant now) {
        claimedUntil = null;
        status = MailStatus.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
    }

    /** Waits twice as long after each failure, up to {@code longest}; gives up once past its time. */
    void failed(String error, Instant now, Duration firstRetry, Duration longest) {
        claimedUntil = null;
        attempts++;
        lastError = error == null ? "unknown error" : (error.length() > 500 ? error.substring(0, 500) : error);
        Duration wait = firstRetry.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = now.plus(wait.compareTo(longest) > 0 ? longest : wait);
        if (!nextAttemptAt.isBefore(giveUpAt)) {
            status = MailStatus.FAILED;
        }
    }

    /** The server refused it for good (a 5xx reply): no more attempts; staff see why. */
    void refused(String error, Instant now) {
        claimedUntil = null;
        attempts++;
        lastError = error == null ? "refused" : (error.length() > 500 ? error.substring(0, 500) : error);
        nextAttemptAt = now;
        status = MailStatus.FAILED;
    }

    /** The same on every attempt: made of the message's id and its creation, in the sender's domain. */
    String messageId(String domain) {
        return "<newsroom." + id + "." + createdAt.toEpochMilli() + "@" + domain + ">";
    }

    /** Staff ask for another round of attempts. */
    void resend(Instant now, Duration keepTrying) {
        status = MailStatus.PENDING;
        nextAttemptAt = now;
        giveUpAt = now.plus(keepTrying);
    }

    List<String> to() {
        return Arrays.asList(recipients.split(","));
    }

    Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getRecipients() {
        return recipients;
    }

    String getReplyTo() {
        return replyTo;
    }

    public String getSubject() {
        return subject;
    }

    String getTextBody() {
        return textBody;
    }

    String getHtmlBody() {
        return htmlBody;
    }

    String getVerpToken() {
        return verpToken;
    }

    String getReference() {
        return reference;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getListUnsubscribe() {
        return listUnsubscribe;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }
}
