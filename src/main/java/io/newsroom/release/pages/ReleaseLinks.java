package io.newsroom.release.pages;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.newsroom.release.model.PressRelease;
import io.newsroom.settings.Languages;
import io.newsroom.settings.Settings;
import io.newsroom.site.LanguageLink;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Where a release lives: its address in its language, and the addresses of its public translations. */
@Component
class ReleaseLinks {

    private final Languages languages;
    private final MessageSource messages;

    ReleaseLinks(Languages languages, MessageSource messages) {
        this.languages = languages;
        this.messages = messages;
    }

    String path(PressRelease release) {
        return languages.releasePath(release.getLanguage(), release.getSlug());
    }

    /** The switcher and hreflang links of a release page: only the translations that are public. */
    List<LanguageLink> translations(List<PressRelease> translations, PressRelease current, Settings site) {
        var order = languages.all().stream().map(Locale::toLanguageTag).toList();
        return translations.stream()
                .sorted(Comparator.comparingInt(r -> order.indexOf(r.getLanguage())))
                .map(r -> LanguageLink.of(Locale.forLanguageTag(r.getLanguage()), path(r), site,
                        r.getId().equals(current.getId()), messages))
                .toList();
    }
}
