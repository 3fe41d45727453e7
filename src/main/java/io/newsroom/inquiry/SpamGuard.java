package io.newsroom.inquiry;

import java.time.Clock;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The contact form's defences, none of them a third party: a signed one-time token that says when
 * the form was shown, a minimum time to fill it in, a per-address rate limit, a honeypot field and
 * a heuristic. Bots that trip the honeypot or the heuristic are filed as spam, not dropped.
 */
@Component
public class SpamGuard {

    private static final Pattern LINK = Pattern.compile("(?i)(https?://|www\\.)");

    private final FormTokens tokens;
    private final ContactRateLimit rateLimit;
    private final ContactProperties properties;
    private final Clock clock;

    SpamGuard(FormTokens tokens, ContactRateLimit rateLimit, ContactProperties properties, Clock clock) {
        this.tokens = tokens;
        this.rateLimit = rateLimit;
        this.properties = properties;
        this.clock = clock;
    }

    public sealed interface Verdict {
    }

    /** Not a form this site showed, or shown too long ago: show it again. */
    public record Expired() implements Verdict {
    }

    /** Sent back faster than a person can type. */
    public record TooFast() implements Verdict {
    }

    public record RateLimited() implements Verdict {
    }

    /** Take it; {@code spamReason} is null for a genuine one. */
    public record Accept(String spamReason) implements Verdict {
    }

    Verdict judge(InquiryForm form, String address) {
        var verdict = judgeForm(form.token(), address);
        return verdict instanceof Accept ? new Accept(spamReason(form)) : verdict;
    }

    /**
     * The checks every public form shares: its token, the time taken, the address's allowance and
     * the honeypot. Other forms of the site call this.
     */
    public Verdict judgeForm(String token, String honeypot, String address) {
        var verdict = judgeForm(token, address);
        if (verdict instanceof Accept && honeypot != null && !honeypot.isBlank()) {
            return new Accept("honeypot");
        }
        return verdict;
    }

    private Verdict judgeForm(String token, String address) {
        var issued = tokens.issuedAt(token);
        var now = clock.instant();
        if (issued.isEmpty() || issued.get().plus(properties.formLifetime()).isBefore(now)) {
            return new Expired();
        }
        if (issued.get().plus(properties.minimumFillTime()).isAfter(now)) {
            return new TooFast();
        }
        if (!rateLimit.tryTake(address)) {
            return new RateLimited();
        }
        return new Accept(null);
    }

    /** For a form that leaves no row behind: true the first time its token is used, false after. */
    public boolean spend(String token) {
        return tokens.spend(token);
    }

    public String newToken() {
        return tokens.issue();
    }

    private String spamReason(InquiryForm form) {
        if (form.website() != null && !form.website().isBlank()) {
            return "honeypot";
        }
        if (LINK.matcher(form.message()).results().count() > properties.maxLinks()) {
            return "many links";
        }
        if (LINK.matcher(form.name()).find() || LINK.matcher(form.organization()).find()) {
            return "link in name";
        }
        return null;
    }
}
