package io.newsroom.settings;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.newsroom.media.Image;

/**
 * The newsroom as pages show it: the settings ADMINs edit, over the {@code newsroom.*} defaults.
 * Every page gets it as {@code site}.
 *
 * @param logo    null when there is none: the header then shows the company name
 * @param baseUrl the public address of the newsroom, for links that leave the site (mail)
 * @param translatedBoilerplate the boilerplate in the other languages, by language tag
 * @param review  whether releases are reviewed before they are published
 */
public record Settings(String companyName, URI companyUrl, Image logo, String boilerplate, MediaContact mediaContact,
                   List<String> prTeam, Locale language, ZoneId timeZone, int pageSize, URI baseUrl,
                   Map<String, String> translatedBoilerplate, Review review) {

    /**
     * Review before publishing, as ADMINs set it.
     *
     * @param required an EDITOR submits releases for review; a PUBLISHER or an ADMIN publishes them
     * @param fourEyes nobody approves a release they submitted themselves
     */
    public record Review(boolean required, boolean fourEyes) {

        public static final Review OFF = new Review(false, false);
    }

    /** The "About the company" text in a language: its translation, or the default language's. */
    public String boilerplate(Locale in) {
        return translatedBoilerplate.getOrDefault(in.toLanguageTag(), boilerplate);
    }

    public record MediaContact(String name, String email, String phone) {

        public boolean hasPhone() {
            return phone != null && !phone.isBlank();
        }
    }

    /** An absolute address on this newsroom, for mail. */
    public String absolute(String path) {
        return baseUrl.toString().replaceAll("/+$", "") + path;
    }

    /** The {@code lang} attribute of every page. */
    public String languageTag() {
        return language.toLanguageTag();
    }
}
