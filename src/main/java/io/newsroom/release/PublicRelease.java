package io.newsroom.release;

import java.time.Instant;

/**
 * A public release as feeds and the sitemap show it. A record of its own (not nested in
 * {@link ReleaseLookup}), because the repository's queries build it: the inner packages use it
 * without depending on the service that uses them.
 *
 * @param story    the story the release belongs to: its translations share it
 * @param language the release's language tag, e.g. {@code ko}
 */
public record PublicRelease(long story, String slug, String language, String title, String summary, String categoryName,
                            String categorySlug, Instant publishedAt, Instant updatedAt) {
}
