package io.newsroom.release.model;

/** A public release as one of its story's translations: which story, which language, where. */
public record StoryMember(long story, String language, String slug) {
}
