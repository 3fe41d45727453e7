package io.newsroom.site;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.newsroom.account.WorkingLanguages;
import io.newsroom.settings.Languages;

import org.springframework.stereotype.Component;

/** Staff work in the newsroom's languages: the admin offers them, the default first. */
@Component
class StaffLanguages implements WorkingLanguages {

    private final Languages languages;

    StaffLanguages(Languages languages) {
        this.languages = languages;
    }

    @Override
    public List<Locale> all() {
        return Stream.concat(Stream.of(languages.defaultLanguage()), languages.all().stream()).distinct().toList();
    }
}
