package io.newsroom.media;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.newsroom.account.Staff;

/**
 * Implemented by each feature that shows uploaded images, so that the media library can say where
 * an image is used without reading that feature's tables.
 */
public interface ImageUses {

    /** Where these images are used by this feature: one entry per use. */
    List<Use> of(Collection<Long> mediaIds);

    /**
     * Why this staff member may not change what readers are told about this image (its caption,
     * credit and text alternative) now, as a message key: for example, because a public release
     * shows it and review before publishing is on. Empty when they may.
     *
     * @param storageKey the stored image's key, as its addresses under {@code /media/} begin
     */
    default Optional<String> refusesDescribing(long mediaId, String storageKey, Staff staff) {
        return Optional.empty();
    }

    /**
     * @param link  an admin page that shows the use, or null (the site's logo)
     * @param label what uses it, as staff know it (a release's title), or a message key when {@code link} is null
     */
    record Use(long mediaId, String label, String link) {
    }
}
