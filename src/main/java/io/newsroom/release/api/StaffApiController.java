package io.newsroom.release.api;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.newsroom.account.Staff;
import io.newsroom.media.ImageRejectedException;
import io.newsroom.release.Slug;
import io.newsroom.release.model.Category;
import io.newsroom.release.model.ReleaseDesk;
import io.newsroom.release.model.ReleaseStatus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The staff API, for a member of staff's access token: the editor's use cases with the editor's
 * validation and sanitizing, and its optimistic locking as {@code ETag} / {@code If-Match}.
 */
@Tag(name = "Staff releases (access token)")
@SecurityRequirement(name = ApiConfiguration.ACCESS_TOKEN)
@RestController
@RequestMapping(path = "/api/v1/staff", produces = MediaType.APPLICATION_JSON_VALUE)
class StaffApiController {

    private final StaffReleases releases;
    private final ReleaseDesk desk;
    private final MessageSource messages;
    private final Clock clock;

    StaffApiController(StaffReleases releases, ReleaseDesk desk, MessageSource messages,
                       Clock clock) {
        this.releases = releases;
        this.desk = desk;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * What a client sends to write a release: the editor's fields, the category by its slug, the
     * image by the id {@code POST /api/v1/staff/media} answered. A PUT replaces: no imageId, no image.
     */
    record ReleaseText(@NotBlank @Size(max = 200) String title,
                       @Size(max = Slug.MAX_LENGTH) @Pattern(regexp = Slug.TYPED, message = "{release.slug.pattern}")
                       String slug,
                       @NotBlank String category,
                       @NotBlank @Size(max = 600) String summary,
                       @NotBlank @Size(max = ReleaseDesk.Text.MAX_BODY) String body,
                       Long imageId,
                       @Size(max = 300) String imageAlt,
                       @Size(max = 20) String language,
                       OffsetDateTime endsAt,
                       @Valid StaffReleases.Contact mediaContact) {

        static ReleaseText of(StaffReleases.StaffRelease release) {
            return new ReleaseText(release.title(), release.slug(), release.category(), release.summary(),
                    release.body(), release.imageId(), release.imageAlt(), release.language(),
                    release.endsAt() == null ? null : release.endsAt().atOffset(ZoneOffset.UTC), release.mediaContact());
        }

        /** The desk's command: the slug given, or one suggested from the title. */
        ReleaseDesk.Text text(Category category, Long version) {
            return new ReleaseDesk.Text(slug == null || slug.isBlank() ? Slug.suggestFor(title) : new Slug(slug), title,
                    summary, body, category, imageId, imageAlt == null ? "" : imageAlt,
                    mediaContact == null ? "" : mediaContact.name(), mediaContact == null ? "" : mediaContact.email(),
                    mediaContact == null ? "" : mediaContact.phone(), version);
        }

        Instant end() {
            return endsAt == null ? null : endsAt.toInstant();
        }

        /** The same text without an end time that has passed: publishing an ended release again keeps no old end. */
        ReleaseText withoutEndBefore(Instant now) {
            return endsAt == null || endsAt.toInstant().isAfter(now) ? this
                    : new ReleaseText(title, slug, category, summary, body, imageId, imageAlt, language, null, mediaContact);
        }
    }

    /** @param next the address of the following page, or null on the last */
    record StaffList(List<StaffReleases.Listed> releases, String next) {
    }

    @Operation(summary = "Every release in any state, newest first; status filters (DRAFT, SCHEDULED, PUBLISHED, ENDED, TRASHED)",
            description = "limit 1-100 (default 20); follow next for the following page")
    @GetMapping("/releases")
    StaffList list(@RequestParam(required = false) String status, @RequestParam(required = false) Long before,
                   @RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > 100) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be between 1 and 100.");
        }
        var wanted = status == null || status.isBlank() ? null : statusOf(status);
        var page = releases.list(wanted, before == null ? Long.MAX_VALUE : before, limit);
        String next = page.size() < limit ? null : UriComponentsBuilder.fromPath("/api/v1/staff/releases")
                .queryParamIfPresent("status", Optional.ofNullable(wanted))
                .queryParam("limit", limit).queryParam("before", page.get(page.size() - 1).id()).build().toUriString();
        return new StaffList(page, next);
    }

    private static ReleaseStatus statusOf(String status) {
        try {
            return ReleaseStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "status must be one of DRAFT, SCHEDULED, PUBLISHED, ENDED, TRASHED.");
        }
    }

    @Operation(summary = "A release, whatever its status; its ETag is its version")
    @GetMapping("/releases/{id}")
    ResponseEntity<StaffReleases.StaffRelease> get(@PathVariable long id) {
        var release = releases.find(id).orElseThrow(StaffApiController::notFound);
        return ResponseEntity.ok().eTag(release.etag()).body(release);
    }

    @Operation(summary = "A new draft (write scope)")
    @PostMapping(path = "/releases", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StaffReleases.StaffRelease> create(@AuthenticationPrincipal Staff staff,
                                                      @Valid @RequestBody ReleaseText text) {
        var category = releases.category(text.category()).orElseThrow(StaffApiController::noSuchCategory);
        checkImage(text);
        var created = desk.create(new ReleaseDesk.Edit(text.text(category, null), ReleaseDesk.Action.SAVE, null, text.end()),
                releases.language(text.language()).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
                        "language must be one of this newsroom's languages.")), staff);
        var release = releases.find(created.getId()).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/staff/releases/" + release.id())).eTag(release.etag())
                .body(release);
    }

    @Operation(summary = "Rewrites a release (write scope); If-Match must carry the ETag it was read with")
    @PutMapping(path = "/releases/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StaffReleases.StaffRelease> update(@AuthenticationPrincipal Staff staff, @PathVariable long id,
                                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                      @Valid @RequestBody ReleaseText text) {
        return apply(staff, id, ifMatch, text, ReleaseDesk.Action.SAVE, null);
    }

    @Operation(summary = "Publishes a release now (write scope); If-Match must carry its ETag")
    @PostMapping("/releases/{id}/publish")
    ResponseEntity<StaffReleases.StaffRelease> publish(@AuthenticationPrincipal Staff staff, @PathVariable long id,
                                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        var current = releases.find(id).orElseThrow(StaffApiController::notFound);
        return apply(staff, id, ifMatch, ReleaseText.of(current).withoutEndBefore(clock.instant()),
                ReleaseDesk.Action.PUBLISH, null);
    }

    @Operation(summary = "Submits a release for review (write scope), when review before publishing is on; If-Match as above")
    @PostMapping("/releases/{id}/submit")
    ResponseEntity<StaffReleases.StaffRelease> submit(@AuthenticationPrincipal Staff staff, @PathVariable long id,
                                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        var current = releases.find(id).orElseThrow(StaffApiController::notFound);
        return apply(staff, id, ifMatch, ReleaseText.of(current), ReleaseDesk.Action.SUBMIT, null);
    }

    @Operation(summary = "Schedules a release (write scope): publishAt is a future moment with its offset; If-Match as above")
    @PostMapping(path = "/releases/{id}/schedule", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StaffReleases.StaffRelease> schedule(@AuthenticationPrincipal Staff staff, @PathVariable long id,
                                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                        @Valid @RequestBody When when) {
        var at = when.publishAt().toInstant();
        if (!at.isAfter(clock.instant())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "publishAt must be in the future.");
        }
        var current = releases.find(id).orElseThrow(StaffApiController::notFound);
        return apply(staff, id, ifMatch, ReleaseText.of(current).withoutEndBefore(clock.instant()),
                ReleaseDesk.Action.SCHEDULE, at);
    }

    /** When to publish: an ISO date-time with its offset, e.g. {@code 2026-12-01T09:00:00+09:00}. */
    record When(@NotNull OffsetDateTime publishAt) {
    }

    @Operation(summary = "Takes a release off the site, back to draft (write scope); If-Match as above")
    @PostMapping("/releases/{id}/unpublish")
    ResponseEntity<StaffReleases.StaffRelease> unpublish(@AuthenticationPrincipal Staff staff, @PathVariable long id,
                                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        releases.find(id).orElseThrow(StaffApiController::notFound);
        try {
            desk.unpublishIfUnchanged(id, version(ifMatch), staff).ifPresent(conflict -> {
                throw stale(conflict);
            });
        } catch (IllegalStateException trashed) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "A release in the trash cannot be unpublished.");
        }
        var release = releases.find(id).orElseThrow();
        return ResponseEntity.ok().eTag(release.etag()).body(release);
    }

    /** An image for releases (write scope), checked and re-encoded as an upload in the admin is. */
    @Operation(summary = "Uploads an image (write scope): its id goes into a release's imageId")
    @PostMapping(path = "/media", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<StaffReleases.UploadedImage> upload(@AuthenticationPrincipal Staff staff,
                                                       @RequestParam MultipartFile file) throws IOException {
        try {
            var image = releases.store(file, staff);
            return ResponseEntity.created(URI.create(image.src())).body(image);
        } catch (ImageRejectedException rejected) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, messages.getMessage(rejected.messageKey(),
                    new Object[] {releases.maxFileSize()}, Locale.ENGLISH));
        }
    }

    private ResponseEntity<StaffReleases.StaffRelease> apply(Staff staff, long id, String ifMatch, ReleaseText text,
                                                             ReleaseDesk.Action action, Instant at) {
        releases.find(id).orElseThrow(StaffApiController::notFound);
        long version = version(ifMatch);
        var category = releases.category(text.category()).orElseThrow(StaffApiController::noSuchCategory);
        checkImage(text);
        var outcome = desk.update(id, new ReleaseDesk.Edit(text.text(category, version), action, at, text.end()), staff);
        if (outcome instanceof ReleaseDesk.Conflict conflict) {
            throw stale(conflict);
        }
        var release = releases.find(id).orElseThrow();
        return ResponseEntity.ok().eTag(release.etag()).body(release);
    }

    private void checkImage(ReleaseText text) {
        if (text.imageId() == null) {
            return;
        }
        if (!releases.imageExists(text.imageId())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No image has this imageId.");
        }
        if (text.imageAlt() == null || text.imageAlt().isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "An image needs imageAlt, a text alternative for those who cannot see it.");
        }
    }

    private static ResponseStatusException stale(ReleaseDesk.Conflict conflict) {
        return new ResponseStatusException(HttpStatus.PRECONDITION_FAILED, "The release changed since you read it"
                + " (now version " + conflict.current().getVersion() + "): read it again and redo your change.");
    }

    /** The version an {@code If-Match} names; a request without one may not change anything. */
    private static long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ResponseStatusException(HttpStatus.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag you read, so that nobody's change is overwritten.");
        }
        try {
            return Long.parseLong(ifMatch.strip().replace("W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.PRECONDITION_FAILED, "If-Match is not an ETag this API gave out.");
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No release has this id.");
    }

    private static ResponseStatusException noSuchCategory() {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, "No category has this slug.");
    }
}
