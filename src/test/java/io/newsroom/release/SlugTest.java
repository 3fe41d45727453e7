package io.newsroom.release;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

    @Test
    void suggestsASlugWithoutAccentsPunctuationOrCapitals() {
        assertThat(Slug.suggestFor("MEDICAL IP wins the 'Innovation Grand Prize' at the <KHF Innovation Award>"))
                .hasToString("medical-ip-wins-the-innovation-grand-prize-at-the-khf-innovation-award");
        assertThat(Slug.suggestFor("Équipe de Montréal — café & crème")).hasToString("equipe-de-montreal-cafe-creme");
    }

    @Test
    void suggestsSomethingForATitleWithoutLatinLetters() {
        assertThat(Slug.suggestFor("메디컬아이피 보도자료")).as("Hangul, romanized").hasToString("medikeolaipi-bodojaryo");
        assertThat(Slug.suggestFor("해부학 🚀 تجربة")).as("emoji and a script it cannot write are left out").hasToString("haebuhak");
        assertThat(Slug.suggestFor("🚀🚀")).hasToString("release");
    }

    @Test
    void keepsSuggestionsWithinTheMaximumLength() {
        assertThat(Slug.suggestFor("word ".repeat(100)).value()).hasSizeLessThanOrEqualTo(Slug.MAX_LENGTH)
                .doesNotEndWith("-");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "UPPER", "two--hyphens", "-leading", "trailing-", "with space", "dots.no", "ü"})
    void refusesWhatCannotBeASlug(String value) {
        assertThat(Slug.parse(value)).isEmpty();
    }

    @Test
    void refusesOverlongSlugs() {
        assertThat(Slug.parse("a".repeat(Slug.MAX_LENGTH + 1))).isEmpty();
        assertThat(Slug.parse("a".repeat(Slug.MAX_LENGTH))).isPresent();
    }
}
