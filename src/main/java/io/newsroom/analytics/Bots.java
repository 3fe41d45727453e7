package io.newsroom.analytics;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import nl.basjes.parse.useragent.UserAgent;
import nl.basjes.parse.useragent.UserAgentAnalyzer;

/**
 * Tells crawlers, monitors, scripts and prefetches from readers. A user agent is judged by Yauaa
 * (a maintained analyzer that knows the crawlers by their own rules); what it calls a robot, a
 * hacker or a special agent is a bot. A request that a browser would not send (no user agent, no
 * Accept-Language) or a prefetch is a bot too. Each user agent is analysed once: the answers are
 * kept, up to a bound.
 */
final class Bots {

    private static final Set<String> BOT_CLASSES = Set.of("Robot", "Robot Mobile", "Robot Imitator", "Hacker", "Spy");
    private static final Set<String> BOT_AGENTS = Set.of("Robot", "Special", "Hacker", "Cloud Application", "Testclient");
    private static final int KEPT = 20_000;

    private final UserAgentAnalyzer analyzer;
    private final Map<String, Boolean> judged = new ConcurrentHashMap<>();

    Bots() {
        analyzer = UserAgentAnalyzer.newBuilder().hideMatcherLoadStats().withoutCache()
                .withField(UserAgent.DEVICE_CLASS).withField(UserAgent.AGENT_CLASS).immediateInitialization().build();
    }

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
        var parsed = analyzer.parse(agent);
        boolean bot = BOT_CLASSES.contains(parsed.getValue(UserAgent.DEVICE_CLASS))
                || BOT_AGENTS.contains(parsed.getValue(UserAgent.AGENT_CLASS));
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
