package io.newsroom.release.api;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.newsroom.account.Staff;
import io.newsroom.media.ImageRejectedException;
import io.newsroom.media.MediaLibrary;
import io.newsroom.release.model.Categories;
import io.newsroom.release.model.Category;
import io.newsroom.release.model.PressRelease;
import io.newsroom.release.model.PressReleases;
import io.newsroom.release.model.ReleaseStatus;
import io.newsroom.settings.Languages;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** What the staff API reads: any release, whatever its status, as the editor sees it. */
@Service
class StaffReleases {

    private final PressReleases releases;
    private final Categories categories;
    private final MediaLibrary library;

    private final Languages languages;

    StaffReleases(PressReleases releases, Categories categories, MediaLibrary library, Languages languages) {
        this.releases = releases;
        this.categories = categories;
        this.library = library;
        this.languages = languages;
    }

    /** The language a new release is written in: the newsroom's default unless one of its languages is named. */
    Optional<Locale> language(String code) {
        return code == null || code.isBlank() ? Optional.of(languages.defaultLanguage()) : languages.byCode(code);
    }

    /** An image as the upload answers it: its id is what a release's imageId names. */
    record UploadedImage(long id, String src, String srcset, int width, int height) {
    }

    UploadedImage store(MultipartFile file, Staff staff) throws ImageRejectedException, IOException {
        var image = library.store(file.getOriginalFilename(), file.getSize(), file.getInputStream(), staff.email());
        return new UploadedImage(image.id(), image.src(1600), image.srcset(), image.width(), image.height());
    }

    boolean imageExists(long id) {
        return library.find(id).isPresent();
    }

    String maxFileSize() {
        return library.maxFileSizeLabel();
    }

    /** A release's own media contact; none means the site's. */
    record Contact(@NotBlank @Size(max = 100) String name,
                   @NotBlank @Size(max = 254) @Email String email,
                   @Size(max = 40) String phone) {
    }

    /** A release as the staff API shows it; {@code version} is its ETag. */
    record StaffRelease(long id, String slug, String status, String language, String title, String summary,
                        String body, String category, Long imageId, String imageAlt, Instant publishedAt,
                        Instant endsAt, Contact mediaContact, long version) {

        static StaffRelease of(PressRelease release) {
            var contact = release.getOwnMediaContact();
            return new StaffRelease(release.getId(), release.getSlug(), release.getStatus().name(),
                    release.getLanguage(), release.getTitle(), release.getSummary(), release.getBody(),
                    release.getCategory().getSlug(), release.getHeroMediaId(), release.getHeroImageAlt(),
                    release.getPublishedAt(), release.getEndsAt(),
                    contact == null ? null : new Contact(contact.name(), contact.email(), contact.phone()),
                    release.getVersion());
        }

        String etag() {
            return "\"" + version + "\"";
        }
    }

    /** A release in the staff API's list: what tells releases apart, without the body. */
    record Listed(long id, String slug, String status, String language, String title, String category,
                  Instant publishedAt, Instant updatedAt, long version) {
    }

    /** Releases in any state, newest first, {@code limit} of them from below id {@code before}. */
    @Transactional(readOnly = true)
    List<Listed> list(ReleaseStatus status, long before, int limit) {
        return releases.findForStaff(status, before, Limit.of(limit)).stream()
                .map(r -> new Listed(r.getId(), r.getSlug(), r.getStatus().name(), r.getLanguage(), r.getTitle(),
                        r.getCategory().getSlug(), r.getPublishedAt(), r.getUpdatedAt(), r.getVersion()))
                .toList();
    }

    @Transactional(readOnly = true)
    Optional<StaffRelease> find(long id) {
        return releases.findById(id).map(StaffRelease::of);
    }

    @Transactional(readOnly = true)
    Optional<Category> category(String slug) {
        return slug == null ? Optional.empty() : categories.findBySlug(slug);
    }
}
