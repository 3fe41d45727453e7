package io.newsroom.release.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.newsroom.release.model.PublicReleases;
import io.newsroom.settings.Settings;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * schema.org descriptions as JSON-LD: a NewsArticle for a release, an Organization for the
 * newsroom. Written with Jackson, then {@code < > &} escaped so that no text can close the script
 * element it sits in.
 */
@Component
class StructuredData {

    private final JsonMapper json;

    StructuredData(JsonMapper json) {
        this.json = json;
    }

    /** @param url the release's page, in its language */
    String article(PublicReleases.ReleasePage page, Settings site, String url) {
        var release = page.release();
        var article = new LinkedHashMap<String, Object>();
        article.put("@context", "https://schema.org");
        article.put("@type", "NewsArticle");
        article.put("headline", release.getTitle());
        article.put("description", release.getSummary());
        article.put("datePublished", release.getPublishedAt().toString());
        article.put("dateModified", (release.getUpdatedAt().isAfter(release.getPublishedAt())
                ? release.getUpdatedAt() : release.getPublishedAt()).toString());
        article.put("inLanguage", release.getLanguage());
        article.put("mainEntityOfPage", url);
        if (page.hero() != null) {
            article.put("image", List.of(site.absolute(page.hero().src(1600))));
        }
        article.put("author", organization(site, false));
        var publisher = organization(site, false);
        // the release's media contact: its own (a partner's, say) or the site's
        var contact = release.mediaContactOr(site.mediaContact());
        var point = new LinkedHashMap<String, Object>();
        point.put("@type", "ContactPoint");
        point.put("contactType", "media relations");
        point.put("name", contact.name());
        point.put("email", contact.email());
        if (contact.hasPhone()) {
            point.put("telephone", contact.phone());
        }
        publisher.put("contactPoint", point);
        article.put("publisher", publisher);
        return write(article);
    }

    String organization(Settings site) {
        return write(organization(site, true));
    }

    private static Map<String, Object> organization(Settings site, boolean withContext) {
        var organization = new LinkedHashMap<String, Object>();
        if (withContext) {
            organization.put("@context", "https://schema.org");
        }
        organization.put("@type", "Organization");
        organization.put("name", site.companyName());
        organization.put("url", site.companyUrl() == null ? site.absolute("/") : site.companyUrl().toString());
        if (site.logo() != null) {
            organization.put("logo", Map.of("@type", "ImageObject", "url", site.absolute(site.logo().src(480))));
        }
        return organization;
    }

    private String write(Map<String, Object> value) {
        return json.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
