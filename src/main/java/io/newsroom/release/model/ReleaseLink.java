package io.newsroom.release.model;

/** Enough of a release to link to it. */
record ReleaseLink(String slug, String title) {
}
