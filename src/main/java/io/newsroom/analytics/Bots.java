package io.newsroom.analytics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import ua_parser.Parser;

/**
 * Tells crawlers, monitors, scripts and prefetches from readers. A user agent is judged by the
 * uap-core rules (ua-parser, maintained with the crawlers of the day): what they call a spider is a
 * bot, and so is an agent they cannot name at all. Every browser's user agent starts with
 * {@code Mozilla/}: one that does not is a tool or a library. A request no browser sends (no user
 * agent, no Accept-Language) and a prefetch are bots too. Each user agent is judged once: the
 * answers are kept, up to a bound, since the rules take a while.
 */
final class Bots {

    private static final int KEPT = 20_000;

    private final Parser parser = new Parser();
    private final Map<String, Boolean> judged = new ConcurrentHashMap<>();

    boolean isBot(HttpServletRequest request) {
        if (isPrefetch(request)) {
            return true;
        }
        String agent = request.getHeader("User-Agent");
        if (agent == null || agent.isBlank() || request.getHeader("Accept-Language") == null) {
            return true;
        }
        return isBotAgent(agent);
    }

    boolean isBotAgent(String agent) {
        Boolean known = judged.get(agent);
        if (known != null) {
            return known;
        }
        boolean bot;
        if (!agent.startsWith("Mozilla/") || agent.length() > 1000) {
            bot = true;
        } else {
            var client = parser.parse(agent);
            bot = "Spider".equals(client.device.family) || "Other".equals(client.userAgent.family);
        }
        if (judged.size() >= KEPT) {
            judged.clear();
        }
        judged.put(agent, bot);
        return bot;
    }

    private static boolean isPrefetch(HttpServletRequest request) {
        String purpose = request.getHeader("Sec-Purpose");
        if (purpose == null) {
            purpose = request.getHeader("Purpose");
        }
        return purpose != null && purpose.contains("prefetch") || "prefetch".equalsIgnoreCase(request.getHeader("X-Moz"));
    }
}
