package io.newsroom.discovery;

import java.util.List;

import io.newsroom.web.AccessRules;

import org.springframework.stereotype.Component;

/** Feeds, the sitemap and robots.txt say the same to everyone: no session or sign-in is looked at. */
@Component
class DiscoveryAccessRules implements AccessRules {

    @Override
    public List<String> publicFiles() {
        return List.of("/robots.txt", "/sitemap.xml", "/sitemap/*", "/feed.atom", "/feed.rss");
    }
}
