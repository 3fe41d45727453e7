package io.newsroom.release;

/** Enough of a release to link to it. */
record ReleaseLink(String slug, String title) {
}
