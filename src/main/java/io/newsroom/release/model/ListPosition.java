package io.newsroom.release.model;

import java.time.Instant;

/** A place in the public list, newest first: the release published at {@code at} with this id. */
public record ListPosition(Instant at, Long id) {
}
