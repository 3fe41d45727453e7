package io.newsroom.media;

import java.util.Collection;
import java.util.List;

/**
 * Implemented by each feature that shows uploaded images, so that the media library can say where
 * an image is used without reading that feature's tables.
 */
public interface ImageUses {

    /** Where these images are used by this feature: one entry per use. */
    List<Use> of(Collection<Long> mediaIds);

    /**
     * @param link  an admin page that shows the use, or null (the site's logo)
     * @param label what uses it, as staff know it (a release's title), or a message key when {@code link} is null
     */
    record Use(long mediaId, String label, String link) {
    }
}
