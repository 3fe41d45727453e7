package io.newsroom.release.site;

import io.newsroom.media.Image;

/**
 * An image of a release as its media kit and its page offer it, with the text alternative the release
 * gives it. Public for the templates.
 */
public record KitImage(Image image, String alt) {

    /** The file journalists get: as uploaded, or the largest copy kept for images stored before originals were. */
    public Image.Download download() {
        if (image.hasOriginal()) {
            return image.original();
        }
        var largest = image.sources().get(image.sources().size() - 1);
        return new Image.Download(largest.url(), largest.url().endsWith(".png") ? "image/png" : "image/jpeg", -1);
    }
}
