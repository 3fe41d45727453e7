package io.newsroom.release.pages;

import java.util.Locale;

import io.newsroom.release.model.PressRelease;
import io.newsroom.settings.Settings;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What a media kit says to journalists: the release's address, and its captions' labels in the release's language. */
@Component
class KitTexts {

    private final ReleaseLinks links;
    private final MessageSource messages;

    KitTexts(ReleaseLinks links, MessageSource messages) {
        this.links = links;
        this.messages = messages;
    }

    String address(PressRelease release, Settings site) {
        return site.absolute(links.path(release));
    }

    String label(String key, Locale language) {
        return messages.getMessage(key, null, language);
    }
}
