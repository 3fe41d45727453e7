package io.newsroom.release.pages;

import io.newsroom.media.Image;

/**
 * An image of a release as its media kit and its page offer it, with the text alternative the release
 * gives it. Public for the templates.
 */
public record KitImage(Image image, String alt) {
}
