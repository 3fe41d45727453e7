package io.newsroom.release.editor;

import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.newsroom.release.Slug;
import io.newsroom.release.model.Category;
import io.newsroom.release.model.PressRelease;
import io.newsroom.release.model.ReleaseDesk;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the editor's form sends, with the upload that may come with it. Status, author, dates of
 * change and the like are not here, so no request can set them; {@code version} is the one the
 * editor started from, for conflict detection. The desk takes its text as {@link ReleaseDesk.Text}.
 *
 * @param publishAt in the company's time zone; used when scheduling
 * @param endAt     in the company's time zone: when the release comes off the site; null for never
 * @param contactName the release's own media contact, with its address and phone; all empty for the site's
 */
public record ReleaseForm(
        @NotBlank @Size(max = 200) String title,
        @Size(max = Slug.MAX_LENGTH) @Pattern(regexp = Slug.TYPED, message = "{release.slug.pattern}")
        String slug,
        @NotNull Long categoryId,
        @NotBlank @Size(max = 600) String summary,
        @NotBlank @Size(max = ReleaseDesk.Text.MAX_BODY) String body,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime publishAt,
        Long heroImageId,
        @Size(max = 300) String heroImageAlt,
        MultipartFile heroImageFile,
        Boolean removeImage,
        Long version,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endAt,
        @Size(max = 100) String contactName,
        @Size(max = 254) @Email String contactEmail,
        @Size(max = 40) @Pattern(regexp = "[0-9+()./ -]*", message = "{release.contact.phone}") String contactPhone) {

    public static ReleaseForm empty() {
        return new ReleaseForm("", "", null, "", "", null, null, "", null, false, null, null, "", "", "");
    }

    public boolean hasNewImage() {
        return heroImageFile != null && !heroImageFile.isEmpty();
    }

    /** The image the release keeps: none when the editor ticked "remove", else the current one. */
    public Long keptImageId() {
        return Boolean.TRUE.equals(removeImage) ? null : heroImageId;
    }

    public static ReleaseForm of(PressRelease release, ZoneId zone) {
        var contact = release.getOwnMediaContact();
        return new ReleaseForm(release.getTitle(), release.getSlug(), release.getCategory().getId(),
                release.getSummary(), release.getBody(),
                release.getPublishedAt() == null ? null : release.getPublishedAt().atZone(zone).toLocalDateTime()
                        .withSecond(0).withNano(0),
                release.getHeroMediaId(), release.getHeroImageAlt(), null, false, release.getVersion(),
                release.getEndsAt() == null ? null : release.getEndsAt().atZone(zone).toLocalDateTime().withSecond(0).withNano(0),
                contact == null ? "" : contact.name(), contact == null ? "" : contact.email(),
                contact == null || contact.phone() == null ? "" : contact.phone());
    }

    /** Whether the editor named a media contact of the release's own. */
    public boolean hasOwnContact() {
        return (contactName != null && !contactName.isBlank()) || (contactEmail != null && !contactEmail.isBlank());
    }

    /** The slug typed, or one suggested from the title when the field was left empty. */
    public Slug slugOrSuggestion() {
        return slug == null || slug.isBlank() ? Slug.suggestFor(title) : new Slug(slug);
    }

    /** The text for the desk, in this category, without the upload (stored apart, so that a refused image never costs the text). */
    ReleaseDesk.Text text(Category category) {
        return new ReleaseDesk.Text(slugOrSuggestion(), title, summary, body, category, keptImageId(), heroImageAlt,
                contactName, contactEmail, contactPhone, version);
    }
}
