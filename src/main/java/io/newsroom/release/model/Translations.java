package io.newsroom.release.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.newsroom.settings.Languages;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A release's translations: which languages of the newsroom it exists in, which are public, and
 * which are out of date because the release they were made from changed after them.
 */
@Service
public class Translations {

    private final PressReleases releases;
    private final Revisions revisions;
    private final Languages languages;

    Translations(PressReleases releases, Revisions revisions, Languages languages) {
        this.releases = releases;
        this.revisions = revisions;
        this.languages = languages;
    }

    /**
     * One language of the newsroom for a release: its translation there, or none yet.
     *
     * @param id        the translation, or null when there is none
     * @param outOfDate the release it was made from changed after it
     * @param current   it is the release asked about
     */
    public record Translation(String code, String name, Long id, String title, ReleaseStatus status,
                              boolean outOfDate, boolean current) {

        public boolean missing() {
            return id == null;
        }
    }

    @Transactional(readOnly = true)
    public List<Translation> of(PressRelease release, Instant now) {
        var story = releases.findStory(release.story());
        return languages.all().stream().map(language -> {
            String code = language.toLanguageTag();
            var member = story.stream().filter(r -> r.getLanguage().equals(code)).findFirst();
            return member.map(r -> new Translation(code, Languages.nativeName(language), r.getId(), r.getTitle(),
                            r.statusAt(now), outOfDate(r), Objects.equals(r.getId(), release.getId())))
                    .orElseGet(() -> new Translation(code, Languages.nativeName(language), null, null, null, false, false));
        }).toList();
    }

    private boolean outOfDate(PressRelease translation) {
        if (translation.getTranslatedFromId() == null) {
            return false;
        }
        Long latest = revisions.findLatestId(translation.getTranslatedFromId());
        return latest != null && (translation.getTranslatedFromRevision() == null
                || latest > translation.getTranslatedFromRevision());
    }
}
