package io.newsroom.formguard;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The defences of every public form, none of them a third party: a signed one-time token that says
 * when the form was shown, a minimum time to fill it in, a per-address rate limit, a honeypot field
 * and a heuristic (links where people write none). A form that trips the honeypot or the heuristic
 * is accepted as spam (for the feature to file, or drop quietly), never refused: bots learn nothing.
 */
@Component
public class FormGuard {

    private static final Pattern LINK = Pattern.compile("(?i)(https?://|www\\.)");

    private final FormTokens tokens;
    private final FormRateLimit rateLimit;
    private final FormGuardProperties properties;
    private final Clock clock;

    FormGuard(FormTokens tokens, FormRateLimit rateLimit, FormGuardProperties properties, Clock clock) {
        this.tokens = tokens;
        this.rateLimit = rateLimit;
        this.properties = properties;
        this.clock = clock;
    }

    /** What became of a sent form. The refusals say which message to show, and keep nothing. */
    public sealed interface Verdict {

        /** The message key of a refusal to show above the form, or null when the form was accepted. */
        default String problem() {
            return null;
        }

        /** The HTTP status of the page that shows the form again. */
        default int status() {
            return 200;
        }
    }

    /** Not a form this site showed, or shown too long ago: show it again with a new token. */
    public record Expired() implements Verdict {

        @Override
        public String problem() {
            return "form.expired";
        }
    }

    /** Sent back faster than a person can type. */
    public record TooFast() implements Verdict {

        @Override
        public String problem() {
            return "form.too-fast";
        }
    }

    /** The address has sent its allowance of forms lately (answer 429). */
    public record RateLimited() implements Verdict {

        @Override
        public String problem() {
            return "form.rate-limited";
        }

        @Override
        public int status() {
            return 429;
        }
    }

    /** Take it; {@code spamReason} is null for a genuine one. */
    public record Accept(String spamReason) implements Verdict {

        public boolean isGenuine() {
            return spamReason == null;
        }
    }

    /**
     * Judges a sent form: its token, the time taken, the address's allowance, the honeypot, and
     * links in what people write (more than a few in {@code message}, any in {@code names}).
     *
     * @param message free text, or null for a form without one
     * @param names   short fields where nobody writes a link (a name, an organization)
     */
    public Verdict judge(String token, String honeypot, String address, String message, String... names) {
        var verdict = checkToken(token, address);
        return verdict instanceof Accept ? new Accept(spamReason(honeypot, message, names)) : verdict;
    }

    private Verdict checkToken(String token, String address) {
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

    /**
     * A verdict that needs no database, for the first thing a sent form meets: the address has used
     * up its allowance on this instance (a flood), so the form is refused before anything else is
     * done for it. Empty when the whole judgement is needed.
     */
    public Optional<Verdict> refusesAtOnce(String address) {
        return rateLimit.isExhaustedHere(address) ? Optional.of(new RateLimited()) : Optional.empty();
    }

    /** For a form that leaves no row behind: true the first time its token is used, false after. */
    public boolean spend(String token) {
        return tokens.spend(token);
    }

    public String newToken() {
        return tokens.issue();
    }

    private String spamReason(String honeypot, String message, String... names) {
        if (honeypot != null && !honeypot.isBlank()) {
            return "honeypot";
        }
        if (message != null && LINK.matcher(message).results().count() > properties.maxLinks()) {
            return "many links";
        }
        for (String name : names) {
            if (name != null && LINK.matcher(name).find()) {
                return "link in name";
            }
        }
        return null;
    }
}
