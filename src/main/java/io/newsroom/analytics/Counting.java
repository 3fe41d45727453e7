package io.newsroom.analytics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

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

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final ThreadLocal<MessageDigest> DIGESTS = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    });

    /** The user-agent rules take a moment and a few MB to load: only where counting is on. */
    private final Bots bots;
    private final CountStore store;
    private final SettingsLookup settings;
    private final Clock clock;
    private final AnalyticsProperties properties;
    private final AtomicReference<Tally> tally;

    private volatile Day day;
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
            current.add(Tally.Event.of(day, "bot", page.language(), page.slug()));
            return;
        }
        if (page.kind().equals("search")) {
            current.add(Tally.Event.search(day, page.language(), normalized(request.getParameter("q")),
                    !Integer.valueOf(0).equals(request.getAttribute(Pages.SEARCH_RESULTS))));
            return;
        }
        if (!page.kind().equals("view")) {
            current.add(Tally.Event.of(day, page.kind(), page.language(), page.slug()));
            return;
        }
        // the query string is read only when there is one: most views have none
        boolean query = request.getQueryString() != null;
        String medium = query ? normalized(request.getParameter("utm_medium")) : "";
        var source = Referrers.of(request.getHeader("Referer"), medium, request.getServerName());
        current.add(new Tally.Event(day, "view", page.language(), page.slug(),
                source == null ? "" : source.kind().name().toLowerCase(Locale.ROOT),
                source == null || source.site() == null ? "" : cut(source.site()),
                query ? normalized(request.getParameter("utm_source")) : "", medium,
                query ? normalized(request.getParameter("utm_campaign")) : "", readerLanguage(request), "", true, hour()));
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
        long now = clock.millis();
        var known = day;
        if (known == null || now >= known.until() || now < known.from()) {
            ZoneId zone = zone();
            LocalDate date = LocalDate.ofInstant(clock.instant(), zone);
            known = new Day(date, date.atStartOfDay(zone).toInstant().toEpochMilli(),
                    date.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
            day = known;
        }
        return known.date();
    }

    /** The hour of the newsroom's day now (0 to 23), from the day's start: a day of 23 or 25 hours ends at 22 or 23. */
    private int hour() {
        today();
        return (int) Math.min(23, Math.max(0, (clock.millis() - day.from()) / 3_600_000L));
    }

    /** Today, and the moments it starts and ends, so that most requests need no time-zone arithmetic. */
    private record Day(LocalDate date, long from, long until) {
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
        var digest = DIGESTS.get();
        digest.reset();
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
    }

    /** The reader's first language (its primary subtag, two or three letters), "" when the browser says none. */
    static String readerLanguage(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null) {
            return "";
        }
        int start = 0;
        while (start < header.length() && header.charAt(start) == ' ') {
            start++;
        }
        int end = start;
        while (end < header.length() && Character.isLetter(header.charAt(end)) && header.charAt(end) < 128) {
            end++;
        }
        return end - start >= 2 && end - start <= 3 ? header.substring(start, end).toLowerCase(Locale.ROOT) : "";
    }

    private static String normalized(String text) {
        return text == null || text.isBlank() ? "" : cut(WHITESPACE.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" "));
    }

    private static String cut(String text) {
        return text.length() > 100 ? text.substring(0, 100) : text;
    }
}
