package io.newsroom.analytics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;

import io.newsroom.settings.SettingsLookup;

import org.springframework.stereotype.Component;

/**
 * Counts one request that was served (200 or 304, the page cache's included): a view, a download
 * or a search, with where the reader came from, the campaign and the reader's language; a bot
 * only as a bot. A visitor is a hash of their address and user agent with the day's salt, never
 * kept beyond the day, and not made at all when the browser asks not to be tracked (Sec-GPC, DNT).
 */
@Component
class Counting {

    /** The user-agent rules take a moment and a few MB to load: only where counting is on. */
    private final Bots bots;
    private final CountStore store;
    private final SettingsLookup settings;
    private final Clock clock;
    private final AnalyticsProperties properties;
    private final AtomicReference<Tally> tally;
    private volatile LocalDate saltDay;
    private volatile byte[] salt;

    Counting(CountStore store, SettingsLookup settings, Clock clock, AnalyticsProperties properties) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.properties = properties;
        this.tally = new AtomicReference<>(new Tally(properties.maxKeys()));
        this.bots = properties.enabled() ? new Bots() : null;
    }

    /** What was counted since the last call, and a new tally for what comes next. */
    Tally take() {
        return tally.getAndSet(new Tally(properties.maxKeys()));
    }

    void count(HttpServletRequest request, Pages.Page page) {
        LocalDate day = today();
        var current = tally.get();
        if (bots.isBot(request)) {
            current.add(new Tally.Key(day, "bot", page.language(), page.slug(), "total", ""));
            return;
        }
        current.add(new Tally.Key(day, page.kind(), page.language(), page.slug(), "total", ""));
        if (page.kind().equals("search")) {
            String term = normalized(request.getParameter("q"));
            if (!term.isEmpty()) {
                current.add(new Tally.Key(day, "search", page.language(), "", "term", term));
                if (Integer.valueOf(0).equals(request.getAttribute(Pages.SEARCH_RESULTS))) {
                    current.add(new Tally.Key(day, "search", page.language(), "", "no-result", term));
                }
            }
            return;
        }
        if (!page.kind().equals("view")) {
            return;
        }
        var source = Referrers.of(request.getHeader("Referer"), request.getParameter("utm_medium"), request.getServerName());
        if (source != null) {
            current.add(new Tally.Key(day, "view", page.language(), page.slug(), "source", source.kind().name().toLowerCase(Locale.ROOT)));
            if (source.site() != null) {
                current.add(new Tally.Key(day, "view", page.language(), page.slug(), "site", cut(source.site())));
            }
        }
        for (String utm : new String[] {"utm_source", "utm_medium", "utm_campaign"}) {
            String value = normalized(request.getParameter(utm));
            if (!value.isEmpty()) {
                current.add(new Tally.Key(day, "view", page.language(), page.slug(), utm.replace('_', '-'), value));
            }
        }
        current.add(new Tally.Key(day, "view", page.language(), page.slug(), "reader", readerLanguage(request)));
        if (!"1".equals(request.getHeader("Sec-GPC")) && !"1".equals(request.getHeader("DNT"))) {
            long visitor = visitor(request, day);
            if (!page.slug().isEmpty()) {
                current.visitor(new Tally.Visitor(day, page.language(), page.slug(), visitor));
            }
            // the newsroom's own visitors, whichever page they read, under the empty address
            current.visitor(new Tally.Visitor(day, "", "", visitor));
        }
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone());
    }

    /** The newsroom's time zone: its days are the days counted. */
    ZoneId zone() {
        return settings.current().timeZone();
    }

    private long visitor(HttpServletRequest request, LocalDate day) {
        if (!day.equals(saltDay)) {
            salt = store.saltOf(day).getBytes(StandardCharsets.US_ASCII);
            saltDay = day;
        }
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            digest.update(String.valueOf(request.getRemoteAddr()).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(String.valueOf(request.getHeader("User-Agent")).getBytes(StandardCharsets.UTF_8));
            byte[] hash = digest.digest();
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = value << 8 | (hash[i] & 0xff);
            }
            return value;
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The reader's first language (its primary subtag), "" when the browser says none. */
    private static String readerLanguage(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return "";
        }
        String first = header.split(",")[0].split(";")[0].strip();
        String primary = first.split("-")[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : "";
    }

    private static String normalized(String text) {
        return text == null ? "" : cut(text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    private static String cut(String text) {
        return text.length() > 100 ? text.substring(0, 100) : text;
    }
}
