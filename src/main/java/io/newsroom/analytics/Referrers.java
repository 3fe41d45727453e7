package io.newsroom.analytics;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * Where a reader came from, reduced to a kind and a site: search engines, social networks, news
 * aggregators, mail (the newsroom's own alerts included), another site, or none (direct). The full
 * address is never kept.
 */
final class Referrers {

    enum Kind { DIRECT, SEARCH, SOCIAL, NEWS, EMAIL, OTHER }

    record Source(Kind kind, String site) {
    }

    /** Sites by the end of their host name: search engines, social networks, news aggregators, webmail. */
    private static final Map<String, Kind> KNOWN = Map.ofEntries(
            Map.entry("news.google.com", Kind.NEWS), Map.entry("news.naver.com", Kind.NEWS),
            Map.entry("n.news.naver.com", Kind.NEWS), Map.entry("news.daum.net", Kind.NEWS),
            Map.entry("v.daum.net", Kind.NEWS), Map.entry("flipboard.com", Kind.NEWS), Map.entry("feedly.com", Kind.NEWS),
            Map.entry("news.yahoo.com", Kind.NEWS), Map.entry("msn.com", Kind.NEWS), Map.entry("inoreader.com", Kind.NEWS),
            Map.entry("google.com", Kind.SEARCH), Map.entry("google.co.kr", Kind.SEARCH), Map.entry("bing.com", Kind.SEARCH),
            Map.entry("search.naver.com", Kind.SEARCH), Map.entry("naver.com", Kind.SEARCH), Map.entry("search.daum.net", Kind.SEARCH),
            Map.entry("daum.net", Kind.SEARCH), Map.entry("duckduckgo.com", Kind.SEARCH), Map.entry("search.yahoo.com", Kind.SEARCH),
            Map.entry("yahoo.co.jp", Kind.SEARCH), Map.entry("baidu.com", Kind.SEARCH), Map.entry("yandex.ru", Kind.SEARCH),
            Map.entry("ecosia.org", Kind.SEARCH), Map.entry("search.brave.com", Kind.SEARCH),
            Map.entry("facebook.com", Kind.SOCIAL), Map.entry("l.facebook.com", Kind.SOCIAL), Map.entry("lm.facebook.com", Kind.SOCIAL),
            Map.entry("t.co", Kind.SOCIAL), Map.entry("twitter.com", Kind.SOCIAL), Map.entry("x.com", Kind.SOCIAL),
            Map.entry("linkedin.com", Kind.SOCIAL), Map.entry("lnkd.in", Kind.SOCIAL), Map.entry("instagram.com", Kind.SOCIAL),
            Map.entry("threads.net", Kind.SOCIAL), Map.entry("reddit.com", Kind.SOCIAL), Map.entry("youtube.com", Kind.SOCIAL),
            Map.entry("band.us", Kind.SOCIAL), Map.entry("story.kakao.com", Kind.SOCIAL), Map.entry("blog.naver.com", Kind.SOCIAL),
            Map.entry("mail.google.com", Kind.EMAIL), Map.entry("outlook.live.com", Kind.EMAIL),
            Map.entry("outlook.office.com", Kind.EMAIL), Map.entry("mail.naver.com", Kind.EMAIL),
            Map.entry("mail.daum.net", Kind.EMAIL), Map.entry("mail.yahoo.com", Kind.EMAIL));

    private Referrers() {
    }

    /**
     * @param referer  the Referer header, or null
     * @param utmMedium the {@code utm_medium} of the address, or null: "email" marks mail
     * @param ownHost  this newsroom's host: a reader moving inside it is not a source
     * @return the source, or null for a move inside the newsroom
     */
    static Source of(String referer, String utmMedium, String ownHost) {
        if (utmMedium != null && (utmMedium.equalsIgnoreCase("email") || utmMedium.equalsIgnoreCase("e-mail")
                || utmMedium.equalsIgnoreCase("newsletter"))) {
            return new Source(Kind.EMAIL, siteOf(referer));
        }
        String site = siteOf(referer);
        if (site == null) {
            return new Source(Kind.DIRECT, null);
        }
        if (site.equalsIgnoreCase(stripWww(ownHost))) {
            return null;
        }
        for (String host = site; host != null; host = parent(host)) {
            Kind kind = KNOWN.get(host);
            if (kind != null) {
                return new Source(kind, site);
            }
        }
        if (site.startsWith("google.") || site.startsWith("bing.") || site.contains(".google.")) {
            return new Source(Kind.SEARCH, site);
        }
        return new Source(Kind.OTHER, site);
    }

    /** The host of an address without "www.", lower-case; null for no readable http(s) address. */
    static String siteOf(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        try {
            var uri = URI.create(address.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return scheme.equals("android-app") ? "android-app" : null;
            }
            return stripWww(uri.getHost().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    private static String stripWww(String host) {
        return host == null ? "" : host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String parent(String host) {
        int dot = host.indexOf('.');
        return dot < 0 || host.indexOf('.', dot + 1) < 0 ? null : host.substring(dot + 1);
    }
}
